package io.oeml.ollama.client;

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
    void start() {
        emulator = OllamaEmulator.start(0);
        vertx = Vertx.vertx();
        OllamaClient client = OllamaClient.create(vertx, OllamaHostConfig.of(emulator.baseUrl()));
        target = new ContractTarget(client, true, "llama3.1:8b", "qwen3:4b", "all-minilm:22m", null, "llama3.2:1b");
        if (System.getenv("OLLAMA_BASE_URL") == null || System.getenv("OLLAMA_BASE_URL").isBlank()) {
            System.out.println("[contract] OLLAMA_BASE_URL is not set: the contract suite runs against the "
                    + "OllamaEmulator only; LiveOllamaContractTest is skipped.");
        }
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
