package io.oeml.agent.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.oeml.events.benchmark.BenchmarkReported;
import io.oeml.infra.testing.TestOllama;
import io.oeml.ollama.client.OllamaClient;
import io.oeml.ollama.client.OllamaHostConfig;
import io.vertx.mutiny.core.Vertx;

/**
 * The benchmark against the real Ollama v0.24.0 of {@code libs/local-infra} (TestOllama: built or taken from the
 * machine's cache, smollm2-135m created from its PyPI wheel), CPU only. Speeds depend on the machine and its load, so
 * only what must hold on any machine is asserted; the figures are printed for the record.
 */
class RealOllamaBenchmarkTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final String MODEL = "smollm2-135m";

    private static Vertx vertx;
    private static OllamaBenchmark benchmark;

    @BeforeAll
    static void connect() {
        vertx = Vertx.vertx();
        OllamaClient client = OllamaClient.create(vertx, OllamaHostConfig.of(TestOllama.get().baseUrl())
                .withConnectTimeout(Duration.ofSeconds(5)).withReadTimeout(TIMEOUT));
        benchmark = new OllamaBenchmark(client, "real-ollama-test", 16, 42);
    }

    @AfterAll
    static void close() {
        vertx.closeAndAwait();
    }

    @Test
    void aRealOllamaGivesAMeasuredDecodeSpeedForACpuOnlyHost() {
        BenchmarkReported report = benchmark.run(new BenchmarkJob(MODEL, 2048, BenchmarkJob.REQUEST, null))
                .await().atMost(TIMEOUT.multipliedBy(3));
        System.out.println("real Ollama benchmark: " + report);

        assertThat(report.outcome()).as(report.error()).isEqualTo(BenchmarkReported.MEASURED);
        assertThat(report.emulated()).isFalse();
        assertThat(report.ollamaVersion()).isEqualTo("0.24.0");
        assertThat(report.figures().evalCount()).isEqualTo(16);
        assertThat(report.figures().decodeTokensPerSecond()).isPositive();
        assertThat(report.figures().promptEvalCount()).isPositive();
        assertThat(report.figures().loadDurationNs()).isPositive();
    }

    @Test
    void theLoadedSizeIsOllamasOwnAtTheBenchmarksContext() {
        BenchmarkReported report = benchmark.run(new BenchmarkJob(MODEL, 2048, BenchmarkJob.REQUEST, null))
                .await().atMost(TIMEOUT.multipliedBy(3));

        assertThat(report.figures().sizeBytes()).isEqualTo(143_762_688L); // docs/real-ollama.md, num_ctx 2048
        assertThat(report.figures().sizeVramBytes()).isZero();
        assertThat(report.figures().contextLength()).isEqualTo(2048);
    }
}
