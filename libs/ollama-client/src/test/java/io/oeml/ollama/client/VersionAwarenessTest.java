package io.oeml.ollama.client;

import static io.oeml.ollama.client.OllamaContractSuite.await;
import static io.oeml.ollama.client.OllamaContractSuite.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.oeml.ollama.client.embed.EmbedRequest;
import io.oeml.ollama.client.error.IncompatibleRequestException;
import io.oeml.ollama.client.error.UnsupportedByHostException;
import io.oeml.ollama.client.generate.GenerateRequest;
import io.oeml.ollama.client.generate.GenerateResponse;
import io.oeml.ollama.client.generate.Options;
import io.oeml.ollama.client.generate.Think;
import io.oeml.ollama.client.model.CreateRequest;
import io.oeml.ollama.client.model.RunningModel;
import io.oeml.ollama.client.version.CompatibilityReport;
import io.oeml.ollama.client.version.HostVersion;
import io.oeml.ollama.client.version.OllamaEra;
import io.oeml.ollama.client.version.OllamaVersion;
import io.oeml.ollama.client.version.OptionPolicy;
import io.oeml.ollama.client.version.VersionRules;
import io.oeml.ollama.emulator.EmulatorConfig;
import io.oeml.ollama.emulator.OllamaEmulator;
import io.vertx.mutiny.core.Vertx;

/** The client reads each host's version once and applies that era's option and field rules. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VersionAwarenessTest {

    private Vertx vertx;

    @BeforeAll
    void start() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    void stop() {
        vertx.closeAndAwait();
    }

    @Test
    void erasFollowTheReferenceTable() {
        assertEquals(OllamaEra.A_STATIC_ESTIMATOR, HostVersion.of("0.11.10", false).era());
        HostVersion transition = HostVersion.of("0.12.0", false);
        assertEquals(OllamaEra.A_STATIC_ESTIMATOR, transition.era(), "llama engine stays on the estimator");
        assertEquals(OllamaEra.B_BACKEND_MEASURED, transition.eraFor("qwen3"), "Ollama-engine models moved first");
        assertEquals(OllamaEra.B_BACKEND_MEASURED, HostVersion.of("0.12.11", false).era());
        assertEquals(OllamaEra.B_BACKEND_MEASURED, HostVersion.of("0.29.9", false).era());
        assertEquals(OllamaEra.C_LLAMA_SERVER, HostVersion.of("0.30.0", false).era());
        assertEquals(OllamaEra.C_LLAMA_SERVER, HostVersion.of("0.33.0-rc2", false).era());
        assertEquals(OllamaEra.C_LLAMA_SERVER, HostVersion.of("0.0.0", false).era(), "dev builds count as newest");
        assertTrue(OllamaVersion.parse("0.33.0-rc2").compareTo(OllamaVersion.parse("0.33.0")) < 0);
        assertEquals(List.of("repeat_penalty"), VersionRules.ignoredByEngine(OllamaVersion.parse("0.20.0"), "gemma3",
                List.of("temperature", "repeat_penalty")));
        assertEquals(List.of(), VersionRules.ignoredByEngine(OllamaVersion.parse("0.30.0"), "gemma3",
                List.of("repeat_penalty")));
    }

    @Test
    void aModernHostGetsRemovedOptionsStrippedAndReported() {
        List<CompatibilityReport> reports = new CopyOnWriteArrayList<>();
        try (OllamaEmulator emu = OllamaEmulator.start(0);
             OllamaClient c = OllamaClient.create(vertx, OllamaHostConfig.of(emu.baseUrl())
                     .withCompatibilityListener(reports::add))) {
            GenerateResponse r = await(c.generate(GenerateRequest.builder("llama3.1:8b").prompt("hi")
                    .options(Options.builder().temperature(0.5).set("mirostat", 2).set("tfs_z", 1.0)
                            .set("temprature", 0.1).build()).build()));
            assertTrue(r.done());
            assertEquals(1, reports.size());
            CompatibilityReport rep = reports.get(0);
            assertEquals(List.of("mirostat", "tfs_z"), rep.droppedOptions());
            assertEquals(List.of("temprature"), rep.unknownOptions());
            assertEquals("llama3.1:8b", rep.model());
            await(c.generate(GenerateRequest.builder("llama3.1:8b").prompt("hi")
                    .options(Options.builder().temperature(0.5).numCtx(2048).build()).build()));
            assertEquals(1, reports.size(), "nothing to report for current options");
        }
    }

    @Test
    void anOldHostGetsFieldsItPredatesStrippedAndNewEndpointsRefused() {
        List<CompatibilityReport> reports = new CopyOnWriteArrayList<>();
        try (OllamaEmulator emu = OllamaEmulator.start(EmulatorConfig.defaults().withVersion("0.4.7"));
             OllamaClient c = OllamaClient.create(vertx, OllamaHostConfig.of(emu.baseUrl())
                     .withCompatibilityListener(reports::add))) {
            HostVersion v = await(c.version());
            assertEquals(OllamaEra.A_STATIC_ESTIMATOR, v.era());
            assertTrue(v.emulated());
            GenerateResponse r = await(c.generate(GenerateRequest.builder("qwen3:4b").prompt("hi").think(Think.high())
                    .options(Options.builder().set("mirostat", 1).draftNumPredict(4).numPredict(20).build())
                    .build()));
            assertTrue(r.done());
            CompatibilityReport rep = reports.get(0);
            assertEquals(List.of("draft_num_predict"), rep.droppedOptions(), "mirostat still existed in 0.4.7");
            assertEquals(List.of("think"), rep.droppedFields());
            assertNull(r.thinking(), "no think field reached the host");
            assertInstanceOf(UnsupportedByHostException.class, failure(c.create(CreateRequest.builder("x")
                    .from("llama3.1:8b").build())), "JSON create needs 0.5.5");
            assertEquals(384, await(c.embed(EmbedRequest.of("all-minilm:22m", "a"))).dimensions());
            RunningModel loaded = await(c.ps()).models().get(0);
            assertNull(loaded.contextLength(), "context_length in ps arrived with 0.10.0");
        }
    }

    @Test
    void thinkLevelsAreAdjustedToWhatTheHostTakes() {
        List<CompatibilityReport> reports = new CopyOnWriteArrayList<>();
        try (OllamaEmulator emu = OllamaEmulator.start(EmulatorConfig.defaults().withVersion("0.10.1"));
             OllamaClient c = OllamaClient.create(vertx, OllamaHostConfig.of(emu.baseUrl())
                     .withCompatibilityListener(reports::add))) {
            GenerateResponse r = await(c.generate(GenerateRequest.builder("qwen3:4b").prompt("hi").think(Think.high())
                    .options(Options.builder().numPredict(30).build()).build()));
            assertFalse(r.thinking().isBlank(), "think=true reached the host");
            assertTrue(reports.get(0).adjustments().get(0).startsWith("think: levels need 0.11.1"));
        }
    }

    @Test
    void rejectPolicyFailsInsteadOfSending() {
        try (OllamaEmulator emu = OllamaEmulator.start(0);
             OllamaClient c = OllamaClient.create(vertx, OllamaHostConfig.of(emu.baseUrl())
                     .withOptionPolicy(OptionPolicy.REJECT))) {
            IncompatibleRequestException e = assertInstanceOf(IncompatibleRequestException.class,
                    failure(c.generate(GenerateRequest.builder("llama3.1:8b").prompt("hi")
                            .options(Options.builder().set("mirostat", 2).build()).build())));
            assertEquals(List.of("mirostat"), e.report().droppedOptions());
            assertEquals(0, emu.stats().requests("/api/generate"), "nothing was sent");
        }
    }
}
