package io.oeml.library.benchmark;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.awaitility.Awaitility;

import io.oeml.events.EventJson;
import io.oeml.events.EventTypes;
import io.oeml.events.Topic;
import io.oeml.events.benchmark.BenchmarkFigures;
import io.oeml.events.benchmark.BenchmarkReported;
import io.oeml.events.benchmark.BenchmarkSettings;
import io.oeml.events.capacity.InstalledModel;
import io.oeml.library.fleet.CapacityEvents;

/** What a hardware agent beside a CPU-only Ollama 0.24.0 publishes: its capacity and its benchmark reports. */
final class BenchmarkReports {

    static final String MODEL = "smollm2-135m:latest";
    static final BenchmarkSettings SETTINGS = new BenchmarkSettings("oeml-bench-v1", 2048, 64, 42, 0);

    private BenchmarkReports() {
    }

    /** A CPU-only host without a known memory bandwidth (the estimate cannot give a speed) and smollm2-135m installed. */
    static void hostWithSmollm2(String hostId) {
        CapacityEvents.reportOllamaHostWith(hostId,
                new InstalledModel(MODEL, "sha256:0e0095a8897b", 98_363_007L, "llama", "134.52M", "Q4_1"));
    }

    /** A new host with smollm2-135m ({@link #hostWithSmollm2}), once the service knows it. */
    static String knownHost(Duration delivery) {
        String host = "bench-" + UUID.randomUUID();
        hostWithSmollm2(host);
        Awaitility.await().atMost(delivery).untilAsserted(() -> given().get("/api/ai/ollama/hosts/" + host).then()
                .statusCode(200));
        return host;
    }

    static BenchmarkReported measured(String hostId, double decodeTokensPerSecond, Instant finishedAt, boolean emulated) {
        BenchmarkFigures figures = new BenchmarkFigures(156_926_508L, 46, 1_366_413_817L, 33.66, 64,
                (long) (64 / decodeTokensPerSecond * 1e9), decodeTokensPerSecond, 30_816_759_399L, 143_762_688L, 0L, 2048);
        return new BenchmarkReported(UUID.randomUUID().toString(), null, hostId, MODEL, "sha256:0e0095a8897b", "0.24.0",
                emulated, "new-model", SETTINGS, BenchmarkReported.MEASURED, figures, null, finishedAt.minusSeconds(31),
                finishedAt);
    }

    static BenchmarkReported failed(String hostId, String error) {
        Instant now = Instant.now();
        return new BenchmarkReported(UUID.randomUUID().toString(), "req-1", hostId, "missing:latest", null, "0.24.0", false,
                "request", SETTINGS, BenchmarkReported.FAILED, null, error, now, now);
    }

    static void publish(BenchmarkReported report) {
        CapacityEvents.send(Topic.HARDWARE_BENCHMARKS, report.runId(), EventTypes.BENCHMARK_REPORTED, report.hostId(),
                EventJson.write(report));
    }
}
