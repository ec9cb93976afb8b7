package io.oeml.agent.ollama;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.oeml.agent.Fixtures;
import io.oeml.events.capacity.OllamaStatus;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.http.HttpServer;

/** Against a small HTTP server that answers with the recorded Ollama bodies (not an Ollama, not the emulator). */
class OllamaHostReaderTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private Vertx vertx;
    private HttpServer server;
    private int psStatus = 200;

    @BeforeEach
    void startServer() {
        vertx = Vertx.vertx();
        server = vertx.createHttpServer().requestHandler(request -> {
            switch (request.path()) {
                case "/api/version" -> request.response().endAndForget("{\"version\":\"0.30.2\"}");
                case "/api/tags" -> request.response().endAndForget(Fixtures.text("ollama/tags.json"));
                case "/api/ps" -> request.response().setStatusCode(psStatus).endAndForget(Fixtures.text("ollama/ps.json"));
                default -> request.response().setStatusCode(404).endAndForget();
            }
        }).listenAndAwait(0, "127.0.0.1");
    }

    @AfterEach
    void stopServer() {
        server.closeAndAwait();
        vertx.closeAndAwait();
    }

    @Test
    void reachableServerReportsVersionEraModelsAndSettings() {
        OllamaStatus status = reader(Map.of("OLLAMA_NUM_PARALLEL", "4")).status().await().atMost(TIMEOUT);

        assertTrue(status.reachable());
        assertEquals("0.30.2", status.version());
        assertEquals("C", status.era());
        assertEquals(2, status.installedModels().size());
        assertEquals(5368709120L, status.loadedModels().get(0).sizeVramBytes());
        assertEquals(4, status.settings().numParallel());
    }

    @Test
    void failingEndpointMakesTheServerUnreachableWithTheReason() {
        psStatus = 500;

        OllamaStatus status = reader(Map.of()).status().await().atMost(TIMEOUT);

        assertFalse(status.reachable());
        assertEquals("/api/ps answered HTTP 500", status.error());
    }

    @Test
    void nothingListeningIsUnreachableNotAnError() {
        OllamaStatus status = new OllamaHostReader(vertx, "http://127.0.0.1:9", TIMEOUT, Map.of()).status().await().atMost(TIMEOUT.multipliedBy(2));

        assertFalse(status.reachable());
        assertTrue(status.installedModels().isEmpty());
    }

    private OllamaHostReader reader(Map<String, String> env) {
        return new OllamaHostReader(vertx, "http://127.0.0.1:" + server.actualPort() + "/", TIMEOUT, env);
    }
}
