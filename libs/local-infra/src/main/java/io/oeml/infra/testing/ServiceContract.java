package io.oeml.infra.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

/**
 * What every stateful service of the suite offers besides its API: readiness that checks Postgres and Kafka, liveness,
 * Prometheus metrics on the management interface (no credentials), its OpenAPI document on the main port (no
 * credentials: the gateway reads it), and the error envelope for unknown paths; and the caller's {@link IdentityContract}. A service's test extends this with {@code @QuarkusTest @WithTestResource(RealInfraResource.class)}.
 */
public abstract class ServiceContract implements IdentityContract {

    @Test
    void isReadyWhenPostgresAndKafkaAreUp() {
        Management.request().get("/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Postgres", "Kafka connection health check"));
    }

    @Test
    void isLive() {
        Management.request().get("/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void publishesItsOpenApiOnTheMainPortWithoutCredentials() {
        TestIdentity.anonymous().get("/q/openapi?format=json").then().statusCode(200).body("openapi", notNullValue());
    }

    @Test
    void exportsPrometheusMetrics() {
        Management.request().get("/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void unknownPathGetsTheErrorEnvelope() {
        given().get("/api/ai/ollama/no-such-thing").then()
                .statusCode(404)
                .body("success", equalTo(false))
                .body("error_code", equalTo("NOT_FOUND"))
                .body("error", equalTo("no such path: /api/ai/ollama/no-such-thing"))
                .body("timestamp", notNullValue());
    }
}
