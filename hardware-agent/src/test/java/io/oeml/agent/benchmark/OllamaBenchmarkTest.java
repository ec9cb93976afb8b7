package io.oeml.agent.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.oeml.agent.Fixtures;
import io.oeml.agent.RecordedOllama;
import io.oeml.events.benchmark.BenchmarkReported;
import io.oeml.ollama.client.OllamaClient;
import io.oeml.ollama.client.OllamaHostConfig;
import io.oeml.ollama.emulator.OllamaEmulator;
import io.vertx.core.json.JsonObject;

/**
 * Against a small HTTP server that answers with what a real Ollama v0.24.0 answered to the same requests
 * ({@code src/test/resources/ollama/benchmark}, provenance in its README), and against the OllamaEmulator.
 */
class OllamaBenchmarkTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final String MODEL = "smollm2-135m:latest";
    private static final BenchmarkJob JOB = new BenchmarkJob(MODEL, 2048, BenchmarkJob.REQUEST, "req-1");

    private RecordedOllama ollama;
    private final List<JsonObject> generateBodies = new ArrayList<>();
    private boolean measured;

    @BeforeEach
    void startRecordedOllama() {
        ollama = RecordedOllama.start(request -> {
            switch (request.path()) {
                case "/api/version" -> request.response().endAndForget(Fixtures.text("ollama/benchmark/version.json"));
                case "/api/ps" -> request.response().endAndForget(Fixtures.text(
                        measured ? "ollama/benchmark/ps-loaded.json" : "ollama/benchmark/ps-before.json"));
                case "/api/generate" -> request.body().subscribe().with(body -> {
                    JsonObject json = body.toJsonObject();
                    generateBodies.add(json);
                    if (!json.getString("model").startsWith("smollm2-135m")) {
                        request.response().setStatusCode(404).endAndForget(Fixtures.text("ollama/benchmark/generate-missing.json"));
                    } else if (json.getString("prompt").isEmpty()) {
                        request.response().endAndForget(Fixtures.text("ollama/benchmark/generate-unload.json"));
                    } else {
                        measured = true;
                        request.response().endAndForget(Fixtures.text("ollama/benchmark/generate-measured.json"));
                    }
                });
                default -> request.response().setStatusCode(404).endAndForget();
            }
        });
    }

    @AfterEach
    void stopServer() {
        ollama.close();
    }

    @Test
    void aRunReportsOllamasOwnCountersAsMeasured() {
        BenchmarkReported report = benchmark(ollama.baseUrl()).run(JOB).await().atMost(TIMEOUT);

        assertThat(report.outcome()).isEqualTo(BenchmarkReported.MEASURED);
        assertThat(report.emulated()).isFalse();
        assertThat(report.ollamaVersion()).isEqualTo("0.24.0");
        assertThat(report.figures().evalCount()).isEqualTo(64);
        assertThat(report.figures().decodeTokensPerSecond()).isEqualTo(2.19); // 64 / 29.241933108 s
        assertThat(report.figures().promptEvalCount()).isEqualTo(46);
        assertThat(report.figures().promptTokensPerSecond()).isEqualTo(33.66); // 46 / 1.366413817 s
        assertThat(report.figures().loadDurationNs()).isEqualTo(156_926_508L);
    }

    @Test
    void aRunReportsTheLoadedSizeAndContextFromPs() {
        BenchmarkReported report = benchmark(ollama.baseUrl()).run(JOB).await().atMost(TIMEOUT);

        assertThat(report.figures().sizeBytes()).isEqualTo(143_762_688L);
        assertThat(report.figures().sizeVramBytes()).isZero();
        assertThat(report.figures().contextLength()).isEqualTo(2048);
        assertThat(report.modelDigest()).startsWith("0e0095a8897b");
    }

    @Test
    void theMeasuredCallUsesTheStandardPromptAndFixedOptions() {
        benchmark(ollama.baseUrl()).run(JOB).await().atMost(TIMEOUT);

        JsonObject call = generateBodies.stream().filter(b -> !b.getString("prompt").isEmpty()).findFirst().orElseThrow();
        assertThat(call.getString("prompt")).isEqualTo(StandardPrompt.TEXT);
        assertThat(call.getJsonObject("options").getMap())
                .containsEntry("num_ctx", 2048).containsEntry("num_predict", 64).containsEntry("seed", 42);
        assertThat(call.getJsonObject("options").getDouble("temperature")).isZero();
    }

    @Test
    void aModelThatWasNotLoadedIsUnloadedBeforeAndAfter() {
        benchmark(ollama.baseUrl()).run(JOB).await().atMost(TIMEOUT);

        assertThat(generateBodies).extracting(b -> b.getString("prompt")).containsExactly("", StandardPrompt.TEXT, "");
        assertThat(generateBodies.get(2).getInteger("keep_alive")).isZero();
    }

    @Test
    void aModelThatIsNotInstalledIsAFailedReportInOllamasWords() {
        BenchmarkReported report = benchmark(ollama.baseUrl())
                .run(new BenchmarkJob("missing", 2048, BenchmarkJob.REQUEST, "req-2")).await().atMost(TIMEOUT);

        assertThat(report.outcome()).isEqualTo(BenchmarkReported.FAILED);
        assertThat(report.error()).contains("model 'missing' not found");
        assertThat(report.figures()).isNull();
    }

    @Test
    void anUnreachableOllamaIsAFailedReport() {
        BenchmarkReported report = benchmark("http://127.0.0.1:9").run(JOB).await().atMost(TIMEOUT);

        assertThat(report.outcome()).isEqualTo(BenchmarkReported.FAILED);
        assertThat(report.error()).startsWith("Ollama unreachable");
    }

    @Test
    void aRunAgainstTheEmulatorIsLabelledEmulated() {
        try (OllamaEmulator emulator = OllamaEmulator.start(0)) {
            BenchmarkReported report = benchmark(emulator.baseUrl())
                    .run(new BenchmarkJob("smollm2:135m", 2048, BenchmarkJob.REQUEST, null)).await().atMost(TIMEOUT);

            assertThat(report.outcome()).as(report.error()).isEqualTo(BenchmarkReported.MEASURED);
            assertThat(report.emulated()).isTrue();
        }
    }

    private OllamaBenchmark benchmark(String baseUrl) {
        OllamaClient client = OllamaClient.create(ollama.vertx(), OllamaHostConfig.of(baseUrl)
                .withConnectTimeout(TIMEOUT).withReadTimeout(TIMEOUT));
        return new OllamaBenchmark(client, "host-1", 64, 42);
    }
}
