package io.oeml.library.fleet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.oeml.events.EventTypes;
import io.oeml.infra.testing.RealInfraResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(RealInfraResource.class)
class HostResourceTest {

    private static final Duration DELIVERY = Duration.ofSeconds(60);

    @Test
    void reportedHostIsListedWithItsMemoryAndCores() {
        String host = "host-" + UUID.randomUUID();
        CapacityEvents.report(host, 25_000_000_000L, 16);

        awaitHost(host, "online");
        given().get("/api/ai/ollama/hosts").then()
                .statusCode(200)
                .body("success", equalTo(true))
                .body("hosts.find { it.host_id == '" + host + "' }.capacity.memory.total_bytes", equalTo(25_000_000_000L))
                .body("hosts.find { it.host_id == '" + host + "' }.capacity.cpu.logical_cores", equalTo(16));
    }

    @Test
    void redeliveredEventIsAppliedOnce() {
        String host = "host-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String data = CapacityEvents.snapshotJson(host, 8_000_000_000L, 4, Instant.now());
        CapacityEvents.send(eventId, EventTypes.CAPACITY_REPORTED, host, data);
        CapacityEvents.send(eventId, EventTypes.CAPACITY_REPORTED, host, data);
        CapacityEvents.report(host, 8_000_000_000L, 4);

        Awaitility.await().atMost(DELIVERY).untilAsserted(() -> given().get("/api/ai/ollama/hosts/" + host).then()
                .statusCode(200)
                .body("host.snapshots_kept", equalTo(2)));
    }

    @Test
    void hostThatLeftIsOfflineUntilItReportsAgain() {
        String host = "host-" + UUID.randomUUID();
        CapacityEvents.report(host, 8_000_000_000L, 4);
        awaitHost(host, "online");

        CapacityEvents.send(UUID.randomUUID().toString(), EventTypes.HOST_LEFT, host, CapacityEvents.leftJson(host, Instant.now()));
        awaitHost(host, "offline");

        CapacityEvents.report(host, 8_000_000_000L, 4);
        awaitHost(host, "online");
    }

    @Test
    void hostWhoseLastReportIsOldIsStale() {
        String host = "host-" + UUID.randomUUID();
        Instant longAgo = Instant.now().minus(Duration.ofMinutes(10));
        CapacityEvents.send(UUID.randomUUID().toString(), EventTypes.CAPACITY_REPORTED, host,
                CapacityEvents.snapshotJson(host, 8_000_000_000L, 4, longAgo));

        awaitHost(host, "stale");
    }

    @Test
    void unknownHostIsNotFoundInTheEnvelope() {
        given().get("/api/ai/ollama/hosts/no-such-host").then()
                .statusCode(404)
                .body("success", equalTo(false))
                .body("error_code", equalTo("NOT_FOUND"))
                .body("error", equalTo("host 'no-such-host' not found"))
                .body("timestamp", notNullValue());
    }

    @Test
    void wrongMethodGetsTheErrorEnvelope() {
        given().delete("/api/ai/ollama/hosts").then()
                .statusCode(405)
                .body("success", equalTo(false))
                .body("error_code", equalTo("METHOD_NOT_ALLOWED"));
    }

    private static void awaitHost(String host, String status) {
        Awaitility.await().atMost(DELIVERY).untilAsserted(() -> given().get("/api/ai/ollama/hosts/" + host).then()
                .statusCode(200)
                .body("host.status", equalTo(status)));
    }
}
