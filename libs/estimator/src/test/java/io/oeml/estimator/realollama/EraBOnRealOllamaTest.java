package io.oeml.estimator.realollama;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.oeml.estimator.facts.GgufMetadata;
import io.oeml.estimator.facts.ModelDescription;
import io.oeml.estimator.memory.MemoryEstimator;
import io.oeml.estimator.model.Era;
import io.oeml.estimator.model.EstimateOptions;
import io.oeml.estimator.model.GgmlType;
import io.oeml.estimator.model.HostHardware;
import io.oeml.estimator.model.KvCacheType;
import io.oeml.estimator.model.MemoryEstimate;
import io.oeml.estimator.model.ModelSpec;
import io.oeml.estimator.model.ServerSettings;
import io.oeml.estimator.model.TensorInfo;
import io.oeml.infra.ollama.OllamaBuild;
import io.oeml.infra.ollama.TinyModel;
import io.oeml.infra.testing.TestOllama;
import io.oeml.ollama.client.OllamaClient;
import io.oeml.ollama.client.OllamaHostConfig;
import io.oeml.ollama.client.generate.GenerateRequest;
import io.oeml.ollama.client.generate.KeepAlive;
import io.oeml.ollama.client.generate.Options;
import io.oeml.ollama.client.model.RunningModel;
import io.oeml.ollama.client.model.ShowResponse;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * The era B estimate of a CPU-only host against the project's own Ollama v0.24.0 (era B, CPU): each real model
 * ({@link TinyModel}) is loaded once at num_ctx 2048, 4096 and 8192, and {@code /api/ps} {@code size} and the parts the
 * server logs are compared with {@link MemoryEstimator} fed only what {@code /api/show} answers (model_info through
 * {@link GgufMetadata}, the tensor list). smollm2 runs in the llama engine, gemma3 in the Ollama engine with
 * sliding-window attention on 15 of its 18 layers. Skipped with {@code OLLAMA_BASE_URL} set: another host's models and
 * hardware are not these.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EraBOnRealOllamaTest {

    private static final long[] CONTEXTS = {2048, 4096, 8192};
    private static final Duration CALL_TIMEOUT = Duration.ofMinutes(5);
    /** RAM decides only whether the model fits, not its size: a figure of this machine kind. */
    private static final HostHardware THIS_CPU = new HostHardware("own-ollama-cpu", List.of(), 24L << 30, 16L << 30, null, 0);
    /** The server logs sizes to 0.1 MiB. */
    private static final long LOG_ROUNDING = 52_429;

    private Vertx vertx;
    private OllamaClient client;
    private Path log;
    private final List<RealLoad> loads = new ArrayList<>();

    @BeforeAll
    void loadEachModelAtEachContext() {
        TestOllama ollama = TestOllama.get();
        assumeFalse(ollama.external(), "OLLAMA_BASE_URL is set: its models and hardware are not the project's own");
        log = ollama.server().log();
        vertx = Vertx.vertx();
        client = OllamaClient.create(vertx, OllamaHostConfig.of(ollama.baseUrl()).withReadTimeout(CALL_TIMEOUT));
        for (TinyModel model : TinyModel.ALL) {
            ModelSpec spec = spec(model, await(client.show(model.tagged())));
            for (long numCtx : CONTEXTS) {
                loads.add(load(model, spec, numCtx));
            }
        }
        System.out.println("era B estimate vs Ollama " + OllamaBuild.VERSION + " on this CPU\n"
                + RealLoad.TABLE_HEADER);
        loads.forEach(l -> System.out.println(l.tableRow()));
    }

    @AfterAll
    void close() {
        if (client != null) {
            client.close();
            vertx.closeAndAwait();
        }
    }

    Stream<RealLoad> loads() {
        return loads.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("loads")
    void psSizeIsTheTotalMemoryTheServerLogged(RealLoad load) {
        assertThat(load.psSize()).isCloseTo(load.logged().total(), within(LOG_ROUNDING));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("loads")
    void kvCacheIsWithin2PercentOfWhatTheServerAllocated(RealLoad load) {
        assertThat(load.kvError()).as(load.tableRow()).isBetween(-0.02, 0.02);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("loads")
    void psSizeIsWithin5PercentOfTheEstimate(RealLoad load) {
        assertThat(load.sizeError()).as(load.tableRow()).isBetween(-0.05, 0.05);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("loads")
    void weightsAreTheTensorBytesTheServerLogged(RealLoad load) {
        assertThat(load.estimatedWeights()).as(load.tableRow()).isCloseTo(load.logged().weights(), within(LOG_ROUNDING));
    }

    @Test
    void theLlamaEngineCountsNoComputeGraphAndNeitherDoesTheEstimate() {
        for (RealLoad load : loadsOf(TinyModel.SMOLLM2_135M)) {
            assertThat(load.logged().computeGraph()).as(load.toString()).isZero();
            assertThat(load.estimate().graph().appliedBytes()).as(load.toString()).isZero();
        }
    }

    /**
     * Named deviation: the Ollama engine's compute graph is what its backend measured in a fit pass, which no metadata
     * formula reproduces; the estimator's (GraphSize gemma without the KQ-score and vocabulary terms) stays below it by
     * 5-9 MiB here, 1-2 % of the total.
     */
    @Test
    void gemma3ComputeGraphIsEstimatedWithin10MiBOfTheMeasuredOne() {
        for (RealLoad load : loadsOf(TinyModel.GEMMA3_270M)) {
            assertThat(load.logged().computeGraph()).as(load.toString()).isPositive();
            assertThat(load.estimate().graph().appliedBytes()).as(load.tableRow())
                    .isCloseTo(load.logged().computeGraph(), within(10L << 20));
        }
    }

    /** The server itself keeps a window of P·512 + B = 1024 cells in 15 layers: only the 3 full layers grow with num_ctx. */
    @Test
    void gemma3KvCacheGrowsOnlyInItsThreeFullAttentionLayers() {
        List<RealLoad> gemma = loadsOf(TinyModel.GEMMA3_270M);
        long perCellAndLayer = (256 + 256) * 1 * 2;
        for (int i = 1; i < gemma.size(); i++) {
            long grownCells = gemma.get(i).numCtx() - gemma.get(i - 1).numCtx();
            assertThat(gemma.get(i).logged().kvCache() - gemma.get(i - 1).logged().kvCache())
                    .isCloseTo(3 * grownCells * perCellAndLayer, within(2 * LOG_ROUNDING));
        }
    }

    private List<RealLoad> loadsOf(TinyModel model) {
        return loads.stream().filter(l -> l.model().equals(model.name())).toList();
    }

    private static ModelSpec spec(TinyModel model, ShowResponse show) {
        List<TensorInfo> tensors = show.tensors().stream()
                .map(t -> new TensorInfo(t.name(), GgmlType.parse(t.type()), t.shape())).toList();
        return new ModelDescription(model.name(), show.details().quantizationLevel(),
                GgufMetadata.architecture(show.modelInfo()), tensors, null,
                GgufMetadata.parameterCount(show.modelInfo()), null, false).toSpec();
    }

    /** Loads the model at {@code numCtx} (an empty prompt only loads it), reads ps and the log, then unloads it. */
    private RealLoad load(TinyModel model, ModelSpec spec, long numCtx) {
        long logStart = log.toFile().length();
        await(client.generate(GenerateRequest.builder(model.tagged()).prompt("")
                .options(Options.builder().numCtx((int) numCtx).build()).keepAlive(KeepAlive.of(Duration.ofMinutes(5)))
                .build()));
        RunningModel running = await(client.ps()).models().stream().filter(m -> m.name().equals(model.tagged()))
                .findFirst().orElseThrow(() -> new AssertionError(model.tagged() + " is not in /api/ps after loading"));
        LoggedMemory logged = LoggedMemory.lastIn(logSince(logStart));
        await(client.generate(GenerateRequest.builder(model.tagged()).prompt("").keepAlive(KeepAlive.unloadImmediately())
                .build()));
        MemoryEstimate estimate = MemoryEstimator.estimate(new EstimateOptions(null, numCtx, KvCacheType.F16, 1, 512, null,
                Era.B).request(spec, THIS_CPU, ServerSettings.UNKNOWN));
        return new RealLoad(model.name(), numCtx, running.size(), logged, estimate);
    }

    private String logSince(long offset) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            byte[] text = new byte[(int) (file.length() - offset)];
            file.seek(offset);
            file.readFully(text);
            return new String(text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the server log " + log, e);
        }
    }

    private static <T> T await(Uni<T> uni) {
        return uni.await().atMost(CALL_TIMEOUT);
    }
}
