package io.oeml.ollama.client;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import io.oeml.ollama.client.model.ModelSummary;
import io.oeml.ollama.client.model.ShowResponse;
import io.vertx.mutiny.core.Vertx;

/**
 * The same contract suite against a real Ollama at {@code OLLAMA_BASE_URL}. Models: {@code OLLAMA_TEST_MODEL}
 * (default: the first completion model the host lists), a thinking-capable and an embedding model when the host has
 * them, and {@code OLLAMA_TEST_PULL_MODEL} for the pull test. Models it creates are named {@code oeml-contract-*}
 * and deleted again.
 */
@EnabledIfEnvironmentVariable(named = "OLLAMA_BASE_URL", matches = ".+",
        disabledReason = "OLLAMA_BASE_URL is not set: the contract suite ran against the OllamaEmulator only; "
                + "set OLLAMA_BASE_URL to a real Ollama to run it there too")
class LiveOllamaContractTest extends OllamaContractSuite {

    private Vertx vertx;
    private ContractTarget target;

    @BeforeAll
    void connect() {
        vertx = Vertx.vertx();
        OllamaClient client = OllamaClient.create(vertx, OllamaHostConfig.of(System.getenv("OLLAMA_BASE_URL"))
                .withReadTimeout(Duration.ofMinutes(5)));
        List<ModelSummary> models = await(client.tags()).models();
        String model = env("OLLAMA_TEST_MODEL", models.stream()
                .filter(m -> m.capabilities() == null || m.capabilities().contains("completion"))
                .filter(m -> m.capabilities() == null || !m.capabilities().contains("thinking"))
                .map(ModelSummary::name).findFirst()
                .orElseThrow(() -> new IllegalStateException("the host at OLLAMA_BASE_URL has no completion model")));
        String thinking = null;
        String embed = model;
        for (ModelSummary m : models) {
            ShowResponse s = await(client.show(m.name()));
            if (thinking == null && s.hasCapability("thinking")) {
                thinking = m.name();
            }
            if (s.hasCapability("embedding")) {
                embed = m.name();
            }
        }
        target = new ContractTarget(client, false, model, thinking, embed, System.getenv("OLLAMA_TEST_PULL_MODEL"));
        System.out.println("[contract] live run against " + client.config().baseUrl() + " with " + model);
    }

    @AfterAll
    void close() {
        target.client().close();
        vertx.closeAndAwait();
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    @Override
    protected ContractTarget target() {
        return target;
    }
}
