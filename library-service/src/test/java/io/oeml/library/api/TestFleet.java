package io.oeml.library.api;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.awaitility.Awaitility;

import io.oeml.events.EventTypes;
import io.oeml.library.fleet.CapacityEvents;

/**
 * Three hosts reported through the real broker as hardware agents do: a 24 GB GPU, an 8 GB GPU and a 16 GB-RAM host
 * without GPU. Published once per test JVM; ids are unique per run.
 */
public final class TestFleet {

    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    public static final String GPU24 = "gpu24-" + RUN;
    public static final String GPU8 = "gpu8-" + RUN;
    static final String CPU16 = "cpu16-" + RUN;
    private static final long GB = 1_000_000_000L;
    private static boolean reported;

    private TestFleet() {
    }

    public static synchronized void ensureReported() {
        if (reported) {
            return;
        }
        publish(GPU24, 64 * GB, 60 * GB, gpu(24_000_000_000L, 23_500_000_000L, 1008.0));
        publish(GPU8, 32 * GB, 28 * GB, gpu(8_000_000_000L, 7_600_000_000L, 448.0));
        publish(CPU16, 16 * GB, 16 * GB, "");
        for (String host : new String[] { GPU24, GPU8, CPU16 }) {
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .until(() -> given().get("/api/ai/ollama/hosts/" + host).statusCode() == 200);
        }
        reported = true;
    }

    /** A host without GPU whose agent reports a reachable Ollama at {@code baseUrl}; returns its id. */
    static String reportOllamaHost(String baseUrl) {
        String host = "ollama-" + UUID.randomUUID().toString().substring(0, 8);
        publish(host, 32 * GB, 30 * GB, "", baseUrl);
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> given().get("/api/ai/ollama/hosts/" + host).statusCode() == 200);
        return host;
    }

    private static String gpu(long total, long free, double bandwidth) {
        return """
                {"index":0,"vendor":"nvidia","name":"Test GPU","uuid":"GPU-%s","total_bytes":%d,"used_bytes":%d,
                 "free_bytes":%d,"unified_memory":false,"bandwidth_gbps":%s,"memory_source":"nvidia-smi",
                 "bandwidth_source":"gpu-table"}""".formatted(UUID.randomUUID(), total, total - free, free, bandwidth);
    }

    private static void publish(String hostId, long ramTotal, long ramAvailable, String gpus) {
        // 127.0.0.1:9 (discard) refuses connections: discovery records the failure and moves on
        publish(hostId, ramTotal, ramAvailable, gpus, "http://127.0.0.1:9");
    }

    private static void publish(String hostId, long ramTotal, long ramAvailable, String gpus, String ollamaUrl) {
        String data = """
                {"schema_version":1,"host_id":"%s","hostname":"%s.test","agent_version":"test","observed_at":"%s",
                 "cpu":{"model":"Test CPU","vendor":"test","physical_cores":8,"logical_cores":16,"flags":["avx2"],"source":"oshi"},
                 "memory":{"total_bytes":%d,"available_bytes":%d,"swap_total_bytes":0,"swap_used_bytes":0,
                           "bandwidth_gbps":60.0,"bandwidth_source":"test","source":"oshi"},
                 "gpus":[%s],
                 "ollama":{"base_url":"%s","reachable":true,"version":"0.12.3","era":"A",
                           "installed_models":[{"name":"llama3.1:8b","digest":"46e0c10c039e","size_bytes":4900000000,
                             "family":"llama","parameter_size":"8.0B","quantization_level":"Q4_K_M"}],
                           "loaded_models":[]}}
                """.formatted(hostId, hostId, Instant.now(), ramTotal, ramAvailable, gpus, ollamaUrl);
        CapacityEvents.send(UUID.randomUUID().toString(), EventTypes.CAPACITY_REPORTED, hostId, data);
    }
}
