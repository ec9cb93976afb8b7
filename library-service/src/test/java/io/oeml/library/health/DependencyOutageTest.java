package io.oeml.library.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.oeml.infra.testing.RealInfraResource;
import io.oeml.infra.testing.TestInfra;
import io.oeml.library.fleet.CapacityEvents;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** With Postgres or Kafka gone the service says so (readiness DOWN, 503 in the envelope) and recovers by itself. */
@QuarkusTest
@WithTestResource(RealInfraResource.class)
class DependencyOutageTest {

    private static final Duration RECOVERY = Duration.ofSeconds(90);

    @Test
    void postgresDownMeansNotReadyAnd503ThenRecoversWithoutRestart() {
        TestInfra infra = TestInfra.get();
        infra.stopPostgres();
        try {
            Awaitility.await().atMost(RECOVERY).ignoreExceptions().untilAsserted(() -> given().get("/q/health/ready").then()
                    .statusCode(503).body("status", equalTo("DOWN")));
            given().get("/api/ai/ollama/hosts").then()
                    .statusCode(503)
                    .body("success", equalTo(false))
                    .body("error_code", equalTo("DEPENDENCY_UNAVAILABLE"));
        } finally {
            infra.startPostgres();
        }
        Awaitility.await().atMost(RECOVERY).ignoreExceptions().untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
        given().get("/api/ai/ollama/hosts").then().statusCode(200).body("success", equalTo(true));
    }

    @Test
    void kafkaDownMeansNotReadyThenEventsFlowAgainWithoutRestart() {
        TestInfra infra = TestInfra.get();
        infra.stopKafka();
        try {
            Awaitility.await().atMost(RECOVERY).ignoreExceptions().untilAsserted(() -> given().get("/q/health/ready").then()
                    .statusCode(503).body("status", equalTo("DOWN")));
        } finally {
            infra.startKafka();
        }
        Awaitility.await().atMost(RECOVERY).ignoreExceptions().untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));

        String host = "after-outage-" + UUID.randomUUID();
        CapacityEvents.report(host, 8_000_000_000L, 4);
        Awaitility.await().atMost(RECOVERY).ignoreExceptions().untilAsserted(() -> given().get("/api/ai/ollama/hosts/" + host).then()
                .statusCode(200).body("host.status", equalTo("online")));
    }
}
