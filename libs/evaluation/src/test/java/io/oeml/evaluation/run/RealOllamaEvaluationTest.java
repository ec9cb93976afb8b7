package io.oeml.evaluation.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.oeml.evaluation.measure.MemoryFigure;
import io.oeml.evaluation.measure.PromptResult;
import io.oeml.evaluation.measure.TrialMetrics;
import io.oeml.evaluation.suite.BuiltInSuites;
import io.oeml.evaluation.suite.EvaluationSuite;
import io.oeml.evaluation.suite.ModelType;
import io.oeml.infra.ollama.TinyModel;
import io.oeml.infra.testing.TestOllama;
import io.oeml.ollama.client.OllamaClient;
import io.oeml.ollama.client.OllamaHostConfig;
import io.oeml.ollama.client.error.ModelNotFoundException;
import io.oeml.ollama.client.generate.Options;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * The built-in general suite on the project's own Ollama v0.24.0 with the real smollm2-135m (CPU): every figure is
 * what that server answered. Greedy decoding with a seed, so the model's answers repeat exactly. Skipped with
 * {@code OLLAMA_BASE_URL} set: another host need not have the model, and its memory figures are not these.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealOllamaEvaluationTest {

    private static final String MODEL = TinyModel.SMOLLM2_135M.name();
    private static final Duration CALL_TIMEOUT = Duration.ofMinutes(5);
    /** num_predict bounds the run time on a shared CPU; num_ctx 2048 is the context docs/real-ollama.md measured. */
    private static final Options GREEDY = Options.builder().temperature(0).seed(42).numPredict(24).numCtx(2048).build();
    /** /api/ps size of smollm2-135m at num_ctx 2048 on this Ollama: weights 92.1 MiB + KV 45 MiB. */
    private static final long SMOLLM2_AT_2048 = 143_762_688L;

    private final EvaluationSuite general = BuiltInSuites.of(ModelType.GENERAL);
    private Vertx vertx;
    private OllamaClient client;
    private EvaluationRunner runner;
    private TrialMetrics greedy;

    @BeforeAll
    void evaluateTheGeneralSuiteGreedily() {
        TestOllama ollama = TestOllama.get();
        assumeFalse(ollama.external(), "OLLAMA_BASE_URL is set: its models and memory are not the project's own");
        vertx = Vertx.vertx();
        client = OllamaClient.create(vertx, OllamaHostConfig.of(ollama.baseUrl()).withReadTimeout(CALL_TIMEOUT));
        runner = new EvaluationRunner(client);
        greedy = await(runner.evaluate(new EvaluationRequest(MODEL, general, GREEDY, general.size(),
                new NoisePlan(2, 2))));
        System.out.printf("general suite, %s, %s: quality %.3f, latency %.0f ms (mean %.0f, ttft %.1f, load %.0f),"
                + " %.1f tok/s, memory %s, noise %s%n", MODEL, GREEDY, greedy.quality(), greedy.latency().totalMs(),
                greedy.latency().meanMs(), greedy.latency().meanTtftMs(), greedy.latency().loadMs(),
                greedy.tokensPerSecond(), greedy.memory(), greedy.noise());
        greedy.prompts().forEach(p -> System.out.printf("  %-15s %.2f %-6s %3d tok  %s%n", p.id(), p.score(),
                p.doneReason(), p.evalTokens(), p.answer().replace('\n', ' ')));
    }

    @AfterAll
    void close() {
        if (client != null) {
            client.close();
            vertx.closeAndAwait();
        }
    }

    @Test
    void everyPromptOfTheSuiteIsAnsweredAndScored() {
        assertThat(greedy.prompts()).extracting(PromptResult::id)
                .containsExactlyElementsOf(general.prompts().stream().map(p -> p.id()).toList());
        assertThat(greedy.prompts()).allSatisfy(p -> {
            assertThat(p.answer()).isNotBlank();
            assertThat(p.evalTokens()).isBetween(1, 24);
            assertThat(p.score()).isBetween(0.0, 1.0);
        });
        assertThat(greedy.quality()).isBetween(0.0, 1.0);
    }

    @Test
    void latencyAndTimeToFirstTokenAreOllamasOwnDurations() {
        assertThat(greedy.latency().totalMs()).isPositive();
        assertThat(greedy.latency().meanTtftMs()).isPositive();
        assertThat(greedy.prompts()).allSatisfy(p -> assertThat(p.totalMs()).isGreaterThanOrEqualTo(p.evalMs()));
    }

    @Test
    void throughputIsGeneratedTokensPerSecond() {
        assertThat(greedy.tokensPerSecond()).isPositive();
    }

    @Test
    void memoryIsTheApiPsSizeOfTheModelLoadedWithTheTrialsContext() {
        assertThat(greedy.memory()).isEqualTo(new MemoryFigure(SMOLLM2_AT_2048, 0L, MemoryFigure.Source.MEASURED));
    }

    @Test
    void aLargerContextIsSentAndTakesMoreMemory() {
        TrialMetrics wide = await(runner.evaluate(new EvaluationRequest(MODEL, general,
                GREEDY.toBuilder().numCtx(4096).build(), 1, NoisePlan.NONE)));

        assertThat(wide.memory().bytes()).isGreaterThan(SMOLLM2_AT_2048);
        assertThat(wide.latency().loadMs()).as("a new num_ctx reloads the model").isPositive();
    }

    @Test
    void numPredictOneIsSentAndCutsEveryAnswerToOneToken() {
        TrialMetrics clipped = await(runner.evaluate(new EvaluationRequest(MODEL, general,
                GREEDY.toBuilder().numPredict(1).build(), 3, NoisePlan.NONE)));

        assertThat(clipped.prompts()).allSatisfy(p -> {
            assertThat(p.evalTokens()).isEqualTo(1);
            assertThat(p.doneReason()).isEqualTo("length");
        });
        List<Integer> fullLengths = greedy.prompts().subList(0, 3).stream().map(p -> p.answer().length()).toList();
        assertThat(clipped.prompts()).extracting(p -> p.answer().length())
                .zipSatisfy(fullLengths, (clippedLength, full) -> assertThat(clippedLength).isLessThan(full));
    }

    @Test
    void greedyDecodingWithASeedRepeatsItsQualityExactly() {
        assertThat(greedy.noise().prompts()).isEqualTo(2);
        assertThat(greedy.noise().rounds()).isEqualTo(3);
        assertThat(greedy.noise().qualityStddev()).isZero();
        assertThat(greedy.noise().latencyStddevMs()).isNotNegative().isFinite();
    }

    @Test
    void aModelTheHostDoesNotHaveFailsTheTrial() {
        assertThatThrownBy(() -> await(runner.evaluate(EvaluationRequest.of("no-such-model", general, GREEDY))))
                .isInstanceOf(ModelNotFoundException.class);
    }

    private static <T> T await(Uni<T> uni) {
        return uni.await().atMost(CALL_TIMEOUT);
    }
}
