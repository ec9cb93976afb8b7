package io.oeml.optimizer.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.oeml.infra.ollama.TinyModel;
import io.oeml.infra.testing.TestOllama;
import io.oeml.ollama.client.OllamaClient;
import io.oeml.ollama.client.OllamaClients;
import io.oeml.ollama.client.error.ModelNotFoundException;
import io.oeml.ollama.client.model.ShowResponse;
import io.oeml.optimizer.host.TrialHost;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * Applying best parameters on the project's own Ollama v0.24.0 with the real smollm2-135m: the derived model is
 * created through {@code /api/create}, its parameters read back with {@code /api/show}, then it is deleted. Skipped
 * with {@code OLLAMA_BASE_URL} set: another host need not have the model.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealOllamaDerivedModelTest {

    private static final String BASE = TinyModel.SMOLLM2_135M.name();
    private static final Duration CALL_TIMEOUT = Duration.ofMinutes(2);

    private Vertx vertx;
    private OllamaClients clients;
    private OllamaClient ollama;
    private TrialHost host;
    private DerivedModels derivedModels;

    @BeforeAll
    void connect() {
        TestOllama testOllama = TestOllama.get();
        assumeFalse(testOllama.external(), "OLLAMA_BASE_URL is set: that host need not have " + BASE);
        vertx = Vertx.vertx();
        clients = new OllamaClients(vertx);
        host = new TrialHost("local", testOllama.baseUrl());
        ollama = clients.forBaseUrl(host.baseUrl());
        derivedModels = new DerivedModels(clients);
    }

    @AfterAll
    void close() {
        if (clients != null) {
            clients.close();
            vertx.closeAndAwait();
        }
    }

    @Test
    void theDerivedModelCarriesTheBestParametersAsItsOwn() {
        String name = "oeml-results-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> best = new LinkedHashMap<>();
        best.put("temperature", 0.25);
        best.put("top_k", 17);
        best.put("num_ctx", 2048);
        best.put("use_mmap", false);
        best.put("mirostat", 1);

        DerivedModel created = await(derivedModels.create(host, BASE, name, best));
        try {
            ShowResponse shown = await(ollama.show(name));

            assertThat(shown.parameterMap()).containsEntry("temperature", List.of("0.25"))
                    .containsEntry("top_k", List.of("17")).containsEntry("num_ctx", List.of("2048"))
                    .containsEntry("use_mmap", List.of("false")).doesNotContainKey("mirostat");
            assertThat(created).extracting(DerivedModel::hostId, DerivedModel::model, DerivedModel::from)
                    .containsExactly("local", name, BASE);
            assertThat(created.modelfile().skipped()).extracting(SkippedParameter::name).containsExactly("mirostat");
        } finally {
            await(ollama.delete(name));
        }
    }

    @Test
    void aNameTheHostAlreadyHasIsRefusedRatherThanOverwritten() {
        String taken = TinyModel.GEMMA3_270M.name();

        assertThatThrownBy(() -> await(derivedModels.create(host, BASE, taken, Map.of("temperature", 0.5))))
                .isInstanceOf(DerivedModelExistsException.class).hasMessageContaining(taken);
        assertThat(await(ollama.show(taken)).parameterMap()).doesNotContainEntry("temperature", List.of("0.5"));
    }

    @Test
    void anInvalidNameFailsBeforeTheHostIsAsked() {
        assertThatThrownBy(() -> await(derivedModels.create(host, BASE, "no spaces please", Map.of())))
                .isInstanceOf(InvalidModelNameException.class);
    }

    @Test
    void aBaseModelTheHostDoesNotHaveIsNotFoundRatherThanPulledFromTheRegistry() {
        String name = "oeml-results-" + UUID.randomUUID().toString().substring(0, 8);

        assertThatThrownBy(() -> await(derivedModels.create(host, "no-such-base", name, Map.of("top_k", 5))))
                .isInstanceOf(ModelNotFoundException.class);
    }

    private static <T> T await(Uni<T> uni) {
        return uni.await().atMost(CALL_TIMEOUT);
    }
}
