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
import io.oeml.agent.RecordedOllama;
import io.oeml.events.capacity.OllamaStatus;
import io.oeml.ollama.client.OllamaClient;
import io.oeml.ollama.client.OllamaHostConfig;
import io.oeml.ollama.emulator.OllamaEmulator;

/** Against a small HTTP server that answers with recorded Ollama bodies, and against the OllamaEmulator. */
class OllamaHostReaderTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private RecordedOllama ollama;
    private int psStatus = 200;

    @BeforeEach
    void startServer() {
        ollama = RecordedOllama.start(request -> {
            switch (request.path()) {
                case "/api/version" -> request.response().endAndForget("{\"version\":\"0.30.2\"}");
                case "/api/tags" -> request.response().endAndForget(Fixtures.text("ollama/tags.json"));
                case "/api/ps" -> request.response().setStatusCode(psStatus).endAndForget(Fixtures.text("ollama/ps.json"));
                default -> request.response().setStatusCode(404).endAndForget();
            }
        });
    }

    @AfterEach
    void stopServer() {
        ollama.close();
    }

    @Test
    void reachableServerReportsVersionEraModelsAndSettings() {
        OllamaStatus status = reader(ollama.baseUrl(), Map.of("OLLAMA_NUM_PARALLEL", "4"))
                .status().await().atMost(TIMEOUT);

        assertTrue(status.reachable());
        assertEquals("0.30.2", status.version());
        assertEquals("C", status.era());
        assertEquals(2, status.installedModels().size());
        assertEquals(5368709120L, status.loadedModels().get(0).sizeVramBytes());
        assertEquals(4, status.settings().numParallel());
        assertFalse(status.emulated());
    }

    @Test
    void failingEndpointMakesTheServerUnreachableWithTheReason() {
        psStatus = 500;

        OllamaStatus status = reader(ollama.baseUrl(), Map.of()).status().await().atMost(TIMEOUT);

        assertFalse(status.reachable());
        assertTrue(status.error().contains("500"), status.error());
    }

    @Test
    void nothingListeningIsUnreachableNotAnError() {
        OllamaStatus status = reader("http://127.0.0.1:9", Map.of()).status().await().atMost(TIMEOUT.multipliedBy(2));

        assertFalse(status.reachable());
        assertTrue(status.installedModels().isEmpty());
    }

    @Test
    void theEmulatorIsReportedAsEmulated() {
        try (OllamaEmulator emulator = OllamaEmulator.start(0)) {
            OllamaStatus status = reader(emulator.baseUrl(), Map.of()).status().await().atMost(TIMEOUT);

            assertTrue(status.reachable());
            assertTrue(status.emulated());
            assertFalse(status.installedModels().isEmpty());
        }
    }

    private OllamaHostReader reader(String baseUrl, Map<String, String> env) {
        OllamaClient client = OllamaClient.create(ollama.vertx(), OllamaHostConfig.of(baseUrl)
                .withConnectTimeout(TIMEOUT).withReadTimeout(TIMEOUT));
        return new OllamaHostReader(client, env);
    }
}
