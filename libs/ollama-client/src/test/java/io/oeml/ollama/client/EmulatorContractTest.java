package io.oeml.ollama.client;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import io.oeml.ollama.emulator.OllamaEmulator;
import io.vertx.mutiny.core.Vertx;

/** The contract suite against the OllamaEmulator: runs on every build. */
class EmulatorContractTest extends OllamaContractSuite {

    private OllamaEmulator emulator;
    private Vertx vertx;
    private ContractTarget target;

    @BeforeAll
    void start() throws Exception {
        emulator = OllamaEmulator.start(0);
        vertx = Vertx.vertx();
        OllamaClient client = OllamaClient.create(vertx, OllamaHostConfig.of(emulator.baseUrl()));
        // The seed has no gemma3 model: a tiny one from a GGUF stands in for an engine without embeddings.
        TinyGguf.create(client, "tiny-gemma3", "gemma3", Map.of());
        target = new ContractTarget(client, true, "llama3.1:8b", "qwen3:4b", "all-minilm:22m", "tiny-gemma3:latest",
                "llama3.2:1b");
    }

    @AfterAll
    void stop() {
        target.client().close();
        vertx.closeAndAwait();
        emulator.close();
    }

    @Override
    protected ContractTarget target() {
        return target;
    }
}
