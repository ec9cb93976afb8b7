package io.oeml.library.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.oeml.infra.testing.RealInfraResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** What every service of the suite offers besides its API: health, OpenAPI, metrics and the error envelope. */
@QuarkusTest
@WithTestResource(RealInfraResource.class)
class ServiceContractTest {

    @Test
    void isReadyWhenPostgresAndKafkaAreUp() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Reactive PostgreSQL connections health check", "Kafka connection health check"));
    }

    @Test
    void isLive() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void publishesItsOpenApi() {
        given().get("/q/openapi?format=json").then().statusCode(200).body("paths", org.hamcrest.Matchers.hasKey("/api/ai/ollama/hosts"));
    }

    @Test
    void exportsPrometheusMetrics() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void unknownPathGetsTheErrorEnvelope() {
        given().get("/api/ai/ollama/no-such-thing").then()
                .statusCode(404)
                .body("success", equalTo(false))
                .body("error_code", equalTo("NOT_FOUND"));
    }

    @Test
    void wrongMethodGetsTheErrorEnvelope() {
        given().delete("/api/ai/ollama/hosts").then()
                .statusCode(405)
                .body("success", equalTo(false))
                .body("error_code", equalTo("METHOD_NOT_ALLOWED"));
    }
}
