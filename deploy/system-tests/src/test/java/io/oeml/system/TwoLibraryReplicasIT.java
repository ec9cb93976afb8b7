package io.oeml.system;

import static io.oeml.infra.testing.TestIdentity.asAdmin;
import static io.oeml.infra.testing.TestIdentity.asUser;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.oeml.infra.FreePorts;
import io.oeml.infra.JavaService;
import io.oeml.ollama.emulator.OllamaEmulator;
import io.restassured.path.json.JsonPath;

/**
 * Two packaged library-service replicas on one Postgres and one Kafka broker, as deploy/kubernetes's production overlay runs them, with the packaged
 * hardware agent reporting one Ollama host. The host is the Ollama emulator (an emulator, not Ollama: discovery only
 * needs its /api/tags and /api/show, and its faults make a scan last long enough to overlap another).
 */
class TwoLibraryReplicasIT {

    private static final Duration DELIVERY = Duration.ofSeconds(60);
    private static final String HOST_ID = "replicas-" + UUID.randomUUID();
    private static final String SHOW = "/api/show";

    private static OllamaEmulator ollama;
    private static PackagedSuite suite;
    private static JavaService agent;
    private static JavaService replicaA;
    private static JavaService replicaB;

    @BeforeAll
    static void startTwoReplicas() {
        ollama = OllamaEmulator.start(0);
        List<Integer> ports = FreePorts.take(3);
        suite = new PackagedSuite("replicas")
                .set("OLLAMA_BASE_URL", ollama.baseUrl())
                .set("AGENT_HOST_ID", HOST_ID)
                .set("AGENT_REPORT_INTERVAL", "2s")
                .set("FLEET_REPORT_INTERVAL", "2s")
                .set("AGENT_HTTP_PORT", ports.get(0))
                // Scans on demand only, so each one in these tests is the one the test asked for.
                .set("CATALOG_DISCOVERY_NEW_HOST_CHECK", "1h");
        agent = suite.start("hardware-agent", ports.get(0));
        replicaA = suite.set("LIBRARY_HTTP_PORT", ports.get(1)).start("library-service", "library-service-a", ports.get(1));
        replicaB = suite.set("LIBRARY_HTTP_PORT", ports.get(2)).start("library-service", "library-service-b", ports.get(2));
        awaitHostOnline(replicaA);
        awaitHostOnline(replicaB);
    }

    @AfterAll
    static void stopAll() {
        PackagedSuite.stop(replicaB, replicaA, agent);
        if (ollama != null) {
            ollama.close();
        }
    }

    @Test
    void aModelDiscoveredThroughOneReplicaIsInTheOthersLibraryAndSearch() {
        String model = createModelOnTheHost();

        startScan(replicaA);

        Awaitility.await().atMost(DELIVERY).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                asUser().baseUri(replicaB.baseUrl()).get("/api/ai/ollama/models/" + model).then().statusCode(200));
        JsonPath entry = asUser().baseUri(replicaB.baseUrl()).get("/api/ai/ollama/models/" + model).jsonPath();
        assertThat(entry.getString("model.origin")).isEqualTo("discovered");
        List<String> found = asUser().baseUri(replicaB.baseUrl()).queryParam("query", model.substring(0, model.indexOf(':')))
                .get("/api/ai/ollama/models/search").jsonPath().getList("results.name");
        assertThat(found).contains(model);
        // B did not add it: the model reached B as A's catalog.changed event.
        assertThat(added(replicaB)).doesNotContain(model);
        assertThat(added(replicaA)).contains(model);
    }

    @Test
    void twoReplicasAskedToScanOneHostAtOnceScanItOnce() {
        String model = createModelOnTheHost();
        // Reading the new model's facts takes 3 s, so the first scan still holds the host when the other replica is asked.
        ollama.faults().delay(SHOW, Duration.ofSeconds(3), 1);
        long showsBefore = ollama.stats().requests(SHOW);
        Map<String, Object> beforeA = discoveryOf(replicaA);
        Map<String, Object> beforeB = discoveryOf(replicaB);

        startScan(replicaA);
        startScan(replicaB);

        Awaitility.await().atMost(DELIVERY).pollInterval(Duration.ofMillis(250)).until(() ->
                hasNewResult(replicaA, beforeA) && hasNewResult(replicaB, beforeB)
                        && (added(replicaA).contains(model) || added(replicaB).contains(model)));
        Map<String, Object> scanned = added(replicaA).contains(model) ? discoveryOf(replicaA) : discoveryOf(replicaB);
        Map<String, Object> skipped = scanned.equals(discoveryOf(replicaA)) ? discoveryOf(replicaB) : discoveryOf(replicaA);
        assertThat(scanned.get("skipped")).isNull();
        assertThat((String) skipped.get("skipped")).startsWith("being scanned by ").contains(" since ");
        assertThat(added(skipped)).isEmpty();
        assertThat(ollama.stats().requests(SHOW) - showsBefore).as("/api/show calls").isEqualTo(1);
    }

    /** A model the catalog does not know: a new system prompt gives it a manifest of its own. */
    private static String createModelOnTheHost() {
        String model = "replica-test-" + UUID.randomUUID().toString().substring(0, 8) + ":7b";
        given().baseUri(ollama.baseUrl()).contentType("application/json")
                .body(Map.of("model", model, "from", "qwen2.5:7b", "system", "Answer briefly.", "stream", false))
                .post("/api/create").then().statusCode(200);
        return model;
    }

    private static void startScan(JavaService replica) {
        asAdmin().baseUri(replica.baseUrl()).queryParam("host", HOST_ID).post("/api/ai/ollama/models/discovery")
                .then().statusCode(202);
    }

    /** The replica's latest discovery result for the host, null when it has none. */
    private static Map<String, Object> discoveryOf(JavaService replica) {
        return asUser().baseUri(replica.baseUrl()).get("/api/ai/ollama/models/discovery").jsonPath()
                .getMap("hosts.find { it.host_id == '" + HOST_ID + "' }");
    }

    private static boolean hasNewResult(JavaService replica, Map<String, Object> before) {
        Map<String, Object> now = discoveryOf(replica);
        return now != null && (before == null || !now.get("finished_at").equals(before.get("finished_at")));
    }

    private static List<String> added(JavaService replica) {
        return added(discoveryOf(replica));
    }

    private static List<String> added(Map<String, Object> result) {
        return result == null ? List.of() : ((List<?>) result.get("added")).stream().map(String::valueOf).toList();
    }

    private static void awaitHostOnline(JavaService replica) {
        Awaitility.await().atMost(DELIVERY).pollInterval(Duration.ofMillis(500)).until(() -> {
            var response = asUser().baseUri(replica.baseUrl()).get("/api/ai/ollama/hosts/" + HOST_ID);
            return response.statusCode() == 200 && response.jsonPath().getBoolean("host.capacity.ollama.reachable");
        });
    }
}
