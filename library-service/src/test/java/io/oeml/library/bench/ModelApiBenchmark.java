package io.oeml.library.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.oeml.infra.testing.RealInfraResource;
import io.oeml.library.api.TestFleet;
import io.oeml.library.catalog.model.CatalogEntry;
import io.oeml.library.catalog.service.CatalogIndex;
import io.oeml.library.catalog.service.CatalogService;
import io.oeml.library.catalog.service.TestCatalogs;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

/**
 * Search and recommendation latency through the HTTP API on loopback, with the real catalog and with synthetic catalogs
 * of 100, 1,000 and 10,000 models (copies of the real rows under new names), recommendations for this machine and, at
 * 10,000 models, for two fleet hosts with GPUs. One sequential client: p50/p99 and requests per second.
 * Run: {@code -Dsurefire.excludedGroups=none -Dgroups=benchmark -Dtest=ModelApiBenchmark}.
 */
@QuarkusTest
@WithTestResource(RealInfraResource.class)
@Tag("benchmark")
class ModelApiBenchmark {

    private static final List<String> SEARCHES = List.of(
            "query=llama", "query=qwen%20coder", "query=lama3", "category=code&min_performance=0.5",
            "query=embedding&size=tiny", "max_parameters=8B&sort=performance", "query=gemma&category=vision",
            "query=deepseek%20r1&page=2&page_size=5");
    private static final List<String> TASKS = List.of("code_generation", "chat", "math", "vision");

    @Inject
    CatalogIndex index;
    @Inject
    CatalogService catalog;
    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void restoreRealCatalog() throws Throwable {
        VertxContextSupport.subscribeAndAwait(catalog::reload);
    }

    @Test
    void searchAndRecommendationLatency() throws Exception {
        List<CatalogEntry> real = index.entries();
        StringBuilder report = new StringBuilder("| catalog | endpoint | requests | p50 ms | p99 ms | req/s |\n|---|---|---|---|---|---|\n");
        run("JIT warm-up", 2000, 200); // else the first rows measure the interpreter
        report.append(run("real (" + real.size() + ")", 2000, 200));
        for (int size : new int[] { 100, 1_000, 10_000 }) {
            index.replace(TestCatalogs.copies(real, size));
            assertEquals(size, index.entries().size());
            report.append(run("synthetic " + size, 2000, 200));
        }
        // fleet hosts with GPUs and known bandwidths: speed and VRAM headroom enter the rank
        TestFleet.ensureReported();
        for (String host : List.of(TestFleet.GPU24, TestFleet.GPU8)) {
            report.append(row("synthetic 10000", "recommendations on " + host.substring(0, host.indexOf('-')), measure(200,
                    i -> "/api/ai/ollama/models/recommendations?task_type=" + TASKS.get(i % TASKS.size()) + "&host=" + host)));
        }
        for (String search : SEARCHES) {
            double[] f = measure(300, i -> "/api/ai/ollama/models/search?" + search);
            report.append(row("synthetic 10000", "search?" + search, f));
        }
        System.out.println(report);
        Files.writeString(Path.of("target", "model-api-benchmark.md"), report);
    }

    private String run(String label, int searches, int recommendations) throws IOException, InterruptedException {
        StringBuilder rows = new StringBuilder();
        rows.append(row(label, "search", measure(searches, i -> "/api/ai/ollama/models/search?" + SEARCHES.get(i % SEARCHES.size()))));
        rows.append(row(label, "recommendations", measure(recommendations,
                i -> "/api/ai/ollama/models/recommendations?task_type=" + TASKS.get(i % TASKS.size()))));
        return rows.toString();
    }

    private double[] measure(int count, IntFunction<String> path) throws IOException, InterruptedException {
        for (int i = 0; i < Math.min(200, count); i++) {
            call(path.apply(i));
        }
        double[] millis = new double[count];
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long t0 = System.nanoTime();
            call(path.apply(i));
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(millis);
        return new double[] { count, millis[count / 2], millis[(int) Math.ceil(count * 0.99) - 1], count / seconds };
    }

    private void call(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static String row(String label, String endpoint, double[] figures) {
        return String.format(Locale.ROOT, "| %s | %s | %d | %.2f | %.2f | %.0f |%n", label, endpoint, (int) figures[0],
                figures[1], figures[2], figures[3]);
    }
}
