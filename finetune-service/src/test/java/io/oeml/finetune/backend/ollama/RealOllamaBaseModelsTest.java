package io.oeml.finetune.backend.ollama;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.oeml.finetune.backend.BaseModel;
import io.oeml.finetune.backend.BaseModelNotFoundException;
import io.oeml.finetune.backend.BaseNotTrainableException;
import io.oeml.finetune.backend.TrainingFixtures;
import io.oeml.finetune.backend.llamacpp.LlamaCppBackend;
import io.oeml.finetune.backend.process.TestTrainerConfig;
import io.oeml.infra.ollama.TinyModel;
import io.oeml.infra.testing.TestOllama;
import io.oeml.ollama.client.OllamaClients;
import io.vertx.mutiny.core.Vertx;

/**
 * Base models from the project's own Ollama v0.24.0 with the real smollm2-135m and gemma3-270m. Skipped with
 * {@code OLLAMA_BASE_URL} set: that host need not have them, nor a blob store readable from here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealOllamaBaseModelsTest {

    private static final Duration CALL_TIMEOUT = Duration.ofMinutes(2);

    private Vertx vertx;
    private OllamaClients clients;
    private OllamaBaseModels baseModels;

    @BeforeAll
    void connect() {
        TestOllama ollama = TestOllama.get();
        assumeFalse(ollama.external(), "OLLAMA_BASE_URL is set: that host need not have the tiny models");
        vertx = Vertx.vertx();
        clients = new OllamaClients(vertx);
        baseModels = new OllamaBaseModels(clients, TrainingFixtures.localHost(ollama.baseUrl()));
    }

    @AfterAll
    void close() {
        if (clients != null) {
            clients.close();
            vertx.closeAndAwait();
        }
    }

    @Test
    void smollm2IsALlamaWithItsContextLengthTemplateAndStops() {
        BaseModel smollm2 = find(TinyModel.SMOLLM2_135M.name());

        assertEquals("llama", smollm2.architecture());
        assertEquals(8192, smollm2.contextLength());
        assertTrue(smollm2.template().contains("<|im_start|>"), smollm2.template());
        assertTrue(smollm2.stop().contains("<|im_end|>"), smollm2.stop().toString());
        assertEquals("local", smollm2.host());
        assertNotNull(smollm2.parameterSize());
        assertNotNull(smollm2.quantization());
    }

    @Test
    void theWeightsAreTheHostsBlobReadableFromHere() throws Exception {
        BaseModel smollm2 = find(TinyModel.SMOLLM2_135M.name());

        assertNotNull(smollm2.weights());
        assertTrue(Files.isReadable(smollm2.weights()));
        assertEquals("sha256-" + TinyModel.SMOLLM2_135M.sha256(), smollm2.weights().getFileName().toString());
        assertEquals(TinyModel.SMOLLM2_135M.bytes(), Files.size(smollm2.weights()));
    }

    @Test
    void gemma3IsFoundAndRefusedByLlamaCppBeforeQueueing() {
        BaseModel gemma3 = find(TinyModel.GEMMA3_270M.name());
        LlamaCppBackend llamaCpp = new LlamaCppBackend(TestTrainerConfig.defaults().withBinary("/bin/true"));

        assertEquals("gemma3", gemma3.architecture());
        BaseNotTrainableException refused = assertThrows(BaseNotTrainableException.class,
                () -> llamaCpp.checkTrainable(gemma3));
        assertTrue(refused.getMessage().contains("GEGLU"), refused.getMessage());
    }

    @Test
    void aModelTheHostDoesNotHaveIsBaseModelNotFound() {
        Throwable failure = assertThrows(RuntimeException.class, () -> find("no-such-model-" + System.nanoTime()));

        assertInstanceOf(BaseModelNotFoundException.class, failure);
    }

    @Test
    void aHostOtherThanTheLocalOneIsNotFound() {
        assertThrows(BaseModelNotFoundException.class,
                () -> baseModels.find("gpu-7", TinyModel.SMOLLM2_135M.name()).await().atMost(CALL_TIMEOUT));
    }

    @Test
    void theBlobPathIsTheModelfilesFromLine() {
        BaseModel smollm2 = find(TinyModel.SMOLLM2_135M.name());

        assertFalse(smollm2.weights().toString().isBlank());
        assertTrue(smollm2.weights().getParent().endsWith("blobs"), smollm2.weights().toString());
    }

    private BaseModel find(String name) {
        return baseModels.find("local", name).await().atMost(CALL_TIMEOUT);
    }
}
