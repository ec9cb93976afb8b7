package io.oeml.finetune.backend.ollama;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.oeml.finetune.backend.BaseModelNotFoundException;
import io.oeml.finetune.backend.TrainingFixtures;
import io.oeml.ollama.client.OllamaClients;
import io.oeml.ollama.client.error.OllamaException;
import io.oeml.ollama.emulator.OllamaEmulator;
import io.vertx.mutiny.core.Vertx;

/** Faults a real Ollama cannot be made to show on demand, on the emulator (emulated host, not a real Ollama). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmulatedOllamaBaseModelsTest {

    private OllamaEmulator emulator;
    private Vertx vertx;
    private OllamaClients clients;
    private OllamaBaseModels baseModels;

    @BeforeAll
    void start() {
        emulator = OllamaEmulator.start(0);
        vertx = Vertx.vertx();
        clients = new OllamaClients(vertx);
        baseModels = new OllamaBaseModels(clients, TrainingFixtures.localHost(emulator.baseUrl()));
    }

    @AfterAll
    void stop() {
        clients.close();
        vertx.closeAndAwait();
        emulator.close();
    }

    @Test
    void aServerErrorIsNotMistakenForAMissingModel() {
        emulator.faults().failWith("/api/show", 500, "llama runner process has terminated", 1);

        Throwable failure = assertThrows(RuntimeException.class,
                () -> baseModels.find("local", "smollm2-135m").await().atMost(Duration.ofSeconds(30)));

        assertFalse(failure instanceof BaseModelNotFoundException);
        assertInstanceOf(OllamaException.class, failure);
    }

    @Test
    void anUnreachableHostIsAnOllamaErrorNotAMissingModel() {
        OllamaBaseModels unreachable = new OllamaBaseModels(clients,
                TrainingFixtures.localHost("http://127.0.0.1:1"));

        Throwable failure = assertThrows(RuntimeException.class,
                () -> unreachable.find("local", "smollm2-135m").await().atMost(Duration.ofSeconds(30)));

        assertInstanceOf(OllamaException.class, failure);
    }
}
