package io.oeml.ollama.client;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import io.oeml.infra.ollama.TinyModel;
import io.oeml.infra.testing.TestOllama;
import io.oeml.ollama.client.model.ModelSummary;
import io.oeml.ollama.client.model.ShowResponse;
import io.vertx.mutiny.core.Vertx;

/**
 * The same contract suite against a real Ollama, on every build: the Ollama 0.24.0 that local-infra builds and starts
 * for this test JVM ({@link TestOllama}) with {@code smollm2-135m} (completion and embeddings) and {@code gemma3-270m}
 * (no embeddings), or, when {@code OLLAMA_BASE_URL} is set, that host with its own models: {@code OLLAMA_TEST_MODEL}
 * (default: the first completion model it lists), a thinking-capable and an embedding model when it has them, and
 * {@code OLLAMA_TEST_PULL_MODEL} for the pull test. Models it creates are named {@code oeml-contract-*} and deleted
 * again.
 */
class LiveOllamaContractTest extends OllamaContractSuite {

    private Vertx vertx;
    private ContractTarget target;

    @BeforeAll
    void connect() {
        TestOllama ollama = TestOllama.get();
        vertx = Vertx.vertx();
        OllamaClient client = OllamaClient.create(vertx, OllamaHostConfig.of(ollama.baseUrl())
                .withReadTimeout(Duration.ofMinutes(5)));
        target = ollama.external() ? external(client)
                : new ContractTarget(client, false, TinyModel.SMOLLM2_135M.tagged(), null,
                TinyModel.SMOLLM2_135M.tagged(), TinyModel.GEMMA3_270M.tagged(), null);
        System.out.println("[contract] live run against " + (ollama.external() ? "OLLAMA_BASE_URL " : "the real Ollama "
                + "this JVM started at ") + client.config().baseUrl() + " with " + target.model());
    }

    private static ContractTarget external(OllamaClient client) {
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
        // Whether a model's engine embeds is not among its capabilities: the 501 check runs on our own Ollama only.
        return new ContractTarget(client, false, model, thinking, embed, null, System.getenv("OLLAMA_TEST_PULL_MODEL"));
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
