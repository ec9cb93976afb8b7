package io.oeml.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import io.oeml.infra.testing.RealInfraResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;

@QuarkusTest
@WithTestResource(SlowBackendResource.class)
@WithTestResource(RealInfraResource.class)
@TestProfile(RoutingOnlyProfile.class)
class BackendPoolTest {

    private static final int CLIENTS = 32;
    private static final Duration LOAD = Duration.ofSeconds(2);
    private static final String SEARCH = "api/ai/ollama/models/search?query=llama";

    @TestHTTPResource("/")
    URL gateway;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void gatewayAnswersAtOnceAfterClientsAbortUnderLoad() throws Exception {
        abortRequestsUnderLoad("/" + SEARCH);

        HttpResponse<String> next = http.send(request(SEARCH).timeout(Duration.ofSeconds(3)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(next.statusCode()).isEqualTo(200);
    }

    @Test
    void requestThatFindsNoFreeConnectionInTimeGets503Busy() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> holding = new ArrayList<>();
        for (int i = 0; i < SlowBackendResource.POOL_SIZE; i++) {
            holding.add(http.sendAsync(request(SEARCH + "&delay_ms=3000").build(), HttpResponse.BodyHandlers.ofString()));
        }
        Thread.sleep(1000); // the holders have taken every connection; they keep them 3 s

        long start = System.nanoTime();
        HttpResponse<String> waiting = http.send(request(SEARCH).timeout(Duration.ofSeconds(3)).build(),
                HttpResponse.BodyHandlers.ofString());
        long waitedMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(waiting.statusCode()).isEqualTo(503);
        assertThat(new JsonObject(waiting.body()).getString("error_code")).isEqualTo("DEPENDENCY_BUSY");
        assertThat(waitedMs).isBetween(SlowBackendResource.POOL_WAIT_MS - 100, SlowBackendResource.POOL_WAIT_MS + 1000);
        CompletableFuture.allOf(holding.toArray(CompletableFuture[]::new)).join();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(gateway + path));
    }

    /** Like {@code wrk -c32 -d2s}: each client sends a request and hangs up before the slow backend answers. */
    private void abortRequestsUnderLoad(String path) throws Exception {
        long end = System.nanoTime() + LOAD.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Integer>> sent = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            sent.add(clients.submit(() -> {
                int count = 0;
                while (System.nanoTime() < end) {
                    sendAndHangUp(path, ThreadLocalRandom.current().nextLong(SlowBackendResource.DELAY_MS * 2));
                    count++;
                }
                return count;
            }));
        }
        int total = 0;
        for (Future<Integer> f : sent) {
            total += f.get();
        }
        clients.shutdown();
        assertThat(total).isGreaterThan(CLIENTS * 4);
    }

    private void sendAndHangUp(String path, long afterMs) throws IOException, InterruptedException {
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + gateway.getAuthority() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(afterMs);
        }
    }
}
