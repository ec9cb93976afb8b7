package io.oeml.ollama.client;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.ollama.OllamaContainer;

import io.vertx.mutiny.core.Vertx;

/**
 * The same contract suite against a real Ollama in a container, where a Docker engine exists; skipped where none
 * does (as on this project's own machines, which is why it has not run here). It pulls a 271 MB model on first use.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerOllamaContractTest extends OllamaContractSuite {

    private static final String MODEL = "smollm2:135m";

    @Container
    static final OllamaContainer OLLAMA = new OllamaContainer("ollama/ollama:0.12.6");

    private Vertx vertx;
    private ContractTarget target;

    @BeforeAll
    void connect() throws Exception {
        OLLAMA.execInContainer("ollama", "pull", MODEL);
        vertx = Vertx.vertx();
        OllamaClient client = OllamaClient.create(vertx, OllamaHostConfig.of(OLLAMA.getEndpoint())
                .withReadTimeout(Duration.ofMinutes(5)));
        target = new ContractTarget(client, false, MODEL, null, MODEL, null, MODEL);
        System.out.println("[contract] run against Ollama in a container at " + OLLAMA.getEndpoint() + " with " + MODEL);
    }

    @AfterAll
    void close() {
        target.client().close();
        vertx.closeAndAwait();
    }

    @Override
    protected ContractTarget target() {
        return target;
    }
}
