package io.oeml.ollama.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.oeml.infra.ollama.OllamaBuild;
import io.oeml.infra.ollama.TinyModel;
import io.oeml.infra.testing.TestOllama;
import io.oeml.ollama.client.embed.EmbedRequest;
import io.oeml.ollama.client.generate.GenerateRequest;
import io.oeml.ollama.client.generate.KeepAlive;
import io.oeml.ollama.client.generate.Options;
import io.oeml.ollama.client.model.ModelSummary;
import io.oeml.ollama.client.model.RunningModel;
import io.oeml.ollama.client.version.HostVersion;
import io.oeml.ollama.client.version.OllamaEra;
import io.vertx.mutiny.core.Vertx;

/**
 * What the project's own Ollama answers, asserted exactly: the facts the contract suite leaves to the emulator
 * ({@code emulatorOnly}) because an arbitrary real host decides them, known here because the host is ours, a pinned
 * build with two pinned models (figures measured in docs/real-ollama.md §2-§3). Runs on the {@link TestOllama} of this
 * JVM; with {@code OLLAMA_BASE_URL} set there is no such host and it is skipped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnOllamaFactsTest {

    private static final TinyModel SMOLLM2 = TinyModel.SMOLLM2_135M;
    private Vertx vertx;
    private OllamaClient client;

    @BeforeAll
    void connect() {
        TestOllama ollama = TestOllama.get();
        assumeFalse(ollama.external(), "OLLAMA_BASE_URL is set: its models and version are not the project's own");
        vertx = Vertx.vertx();
        client = OllamaClient.create(vertx, OllamaHostConfig.of(ollama.baseUrl()).withReadTimeout(Duration.ofMinutes(5)));
    }

    @AfterAll
    void close() {
        if (client != null) {
            client.close();
            vertx.closeAndAwait();
        }
    }

    @Test
    void theHostIsOllama0240OfEraBAndNotAnEmulator() {
        HostVersion v = OllamaContractSuite.await(client.version());
        assertEquals(OllamaBuild.VERSION, v.version().raw());
        assertEquals(OllamaEra.B_BACKEND_MEASURED, v.era());
        assertFalse(v.emulated());
    }

    @Test
    void tagsListBothModelsAtTheSizeOfTheirGgufPlusTheirSmallConfigLayers() {
        for (TinyModel model : TinyModel.ALL) {
            ModelSummary m = OllamaContractSuite.await(client.tags()).models().stream()
                    .filter(x -> x.name().equals(model.tagged())).findFirst().orElseThrow();
            assertTrue(m.size() >= model.bytes() && m.size() < model.bytes() + 4096, m.name() + " " + m.size());
        }
    }

    @Test
    void smollm2EmbedsIn576Dimensions() {
        assertEquals(576, OllamaContractSuite.await(client.embed(EmbedRequest.of(SMOLLM2.tagged(), "a text")))
                .dimensions());
    }

    @Test
    void theSameSeedGivesTheSameTextOnARealModel() {
        GenerateRequest request = GenerateRequest.builder(SMOLLM2.tagged()).prompt("Name a colour.")
                .options(Options.builder().seed(11).temperature(0.8).numPredict(8).build()).build();
        assertEquals(OllamaContractSuite.await(client.generate(request)).response(),
                OllamaContractSuite.await(client.generate(request)).response());
    }

    @Test
    void psGivesSmollm2At2048TokensOfContextItsMeasuredSizeOnACpu() {
        OllamaContractSuite.await(client.generate(GenerateRequest.builder(SMOLLM2.tagged()).prompt("")
                .keepAlive(KeepAlive.unloadImmediately()).build()));
        OllamaContractSuite.await(client.generate(GenerateRequest.builder(SMOLLM2.tagged()).prompt("")
                .options(Options.builder().numCtx(2048).build()).keepAlive(KeepAlive.of(Duration.ofMinutes(1)))
                .build()));
        RunningModel r = OllamaContractSuite.await(client.ps()).models().stream()
                .filter(x -> x.name().equals(SMOLLM2.tagged())).findFirst().orElseThrow();
        assertEquals(143_762_688L, r.size(), "weights 92.1 MiB + KV cache 45 MiB (docs/real-ollama.md §3)");
        assertEquals(0L, r.sizeVram(), "CPU only");
        assertEquals(2048, r.contextLength());
    }
}
