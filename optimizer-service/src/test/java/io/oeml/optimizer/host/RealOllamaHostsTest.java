package io.oeml.optimizer.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.oeml.evaluation.measure.MemoryFigure;
import io.oeml.evaluation.measure.TrialMetrics;
import io.oeml.evaluation.run.EvaluationRequest;
import io.oeml.evaluation.run.NoisePlan;
import io.oeml.evaluation.suite.BuiltInSuites;
import io.oeml.evaluation.suite.EvaluationSuite;
import io.oeml.evaluation.suite.ModelType;
import io.oeml.events.EventJson;
import io.oeml.events.EventTypes;
import io.oeml.events.Topic;
import io.oeml.events.capacity.CapacitySnapshot;
import io.oeml.events.capacity.CpuInfo;
import io.oeml.events.capacity.MemoryInfo;
import io.oeml.events.capacity.OllamaStatus;
import io.oeml.infra.ollama.TinyModel;
import io.oeml.infra.testing.RealInfraResource;
import io.oeml.infra.testing.TestCloudEvents;
import io.oeml.infra.testing.TestOllama;
import io.oeml.ollama.client.generate.Options;
import io.oeml.optimizer.search.space.CategoricalParameter;
import io.oeml.optimizer.space.LeftOutOption;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * Planning and one trial on the project's own Ollama v0.24.0 with the real smollm2-135m (CPU), configured as the
 * service's default Ollama (host {@code local}); then the fleet's hosts as real hardware agents report them on
 * {@code hardware.capacity} (real Kafka, real Postgres). Ordered: the fleet host reported last replaces {@code local},
 * which has its URL. Skipped with {@code OLLAMA_BASE_URL} set: another host's models and memory are not these.
 */
@QuarkusTest
@WithTestResource(RealInfraResource.class)
@WithTestResource(OwnOllamaResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RealOllamaHostsTest {

    private static final String MODEL = TinyModel.SMOLLM2_135M.name();
    /** Greedy, short answers; num_ctx 2048 is the context docs/real-ollama.md measured. */
    private static final Options GREEDY = Options.builder().temperature(0).seed(42).numPredict(16).numCtx(2048).build();
    /** /api/ps size of smollm2-135m at num_ctx 2048 on this Ollama: weights 92.1 MiB + KV 45 MiB. */
    private static final long SMOLLM2_AT_2048 = 143_762_688L;
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    @Inject
    SessionPlanner planner;

    @Inject
    TrialEvaluations evaluations;

    @BeforeEach
    void ownOllamaOnly() {
        assumeFalse(TestOllama.get().external(), "OLLAMA_BASE_URL is set: its models and memory are not the project's own");
    }

    @Test
    @Order(1)
    void smollm2IsPlannedOnLocalWithTheSpaceThisMachineAllows() {
        SessionPlan plan = await(() -> planner.plan(MODEL, ModelType.GENERAL, null));

        assertThat(plan.hosts()).containsExactly(new TrialHost("local", TestOllama.get().baseUrl()));
        // smollm2 is trained on 8192 tokens, and each of general's choices up to that fits this machine's memory
        assertThat(plan.space().space().parameters())
                .contains(new CategoricalParameter("num_ctx", List.of("2048", "4096", "8192")));
        assertThat(plan.space().leftOut()).extracting(LeftOutOption::option).contains("num_gpu");
        assertThat(plan.space().bounds().get(0)).startsWith("bounded by local");
    }

    @Test
    @Order(2)
    void aTrialOnLocalMeasuresTheMemoryOfTheLoadedModel() {
        EvaluationSuite general = BuiltInSuites.of(ModelType.GENERAL);
        TrialHost local = new TrialHost("local", TestOllama.get().baseUrl());

        TrialMetrics metrics = await(() -> evaluations.evaluate(local,
                new EvaluationRequest(MODEL, general, GREEDY, 2, NoisePlan.NONE)));

        assertThat(metrics.prompts()).hasSize(2);
        assertThat(metrics.memory()).isEqualTo(new MemoryFigure(SMOLLM2_AT_2048, 0L, MemoryFigure.Source.MEASURED));
    }

    @Test
    @Order(3)
    void aModelNoHostHasFailsThePlanWithTheHostsAsked() {
        assertThatThrownBy(() -> await(() -> planner.plan("no-such-model", ModelType.GENERAL, null)))
                .isInstanceOf(NoHostHasModelException.class)
                .hasMessage("no Ollama host has model 'no-such-model' (asked: local)");
    }

    @Test
    @Order(4)
    void fleetHostsComeFromHardwareCapacityAndOnesThatDoNotAnswerAreSkipped() {
        String own = "own-ollama-" + RUN;
        String gone = "gone-" + RUN;
        report(own, TestOllama.get().baseUrl());
        // 127.0.0.1:9 (discard) refuses connections
        report(gone, "http://127.0.0.1:9");

        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> noSuchModelMessage().equals("no Ollama host has model 'no-such-model' (asked: "
                        + gone + " (unreachable), " + own + ")"));

        SessionPlan plan = await(() -> planner.plan(MODEL, ModelType.GENERAL, null));
        assertThat(plan.hosts()).containsExactly(new TrialHost(own, TestOllama.get().baseUrl()));
        assertThat(plan.space().bounds().get(0)).startsWith("bounded by " + own);
    }

    private String noSuchModelMessage() {
        try {
            await(() -> planner.plan("no-such-model", ModelType.GENERAL, null));
            return "planned";
        } catch (NoHostHasModelException expected) {
            return expected.getMessage();
        }
    }

    /** A CPU-only host with 16 GiB, as its hardware agent reports it, its Ollama at {@code baseUrl}. */
    private static void report(String hostId, String baseUrl) {
        CapacitySnapshot snapshot = new CapacitySnapshot(CapacitySnapshot.SCHEMA_VERSION, hostId, hostId + ".test",
                "test", Instant.now(), new CpuInfo("Test CPU", "test", 2, 4, List.of("avx2"), "oshi"),
                new MemoryInfo(16L << 30, 12L << 30, 0, 0, null, null, "oshi"), List.of(),
                new OllamaStatus(baseUrl, true, "0.24.0", "B", null, List.of(), List.of(), null, false));
        TestCloudEvents.send(Topic.HARDWARE_CAPACITY, UUID.randomUUID().toString(), EventTypes.CAPACITY_REPORTED,
                "/hardware-agent/" + hostId, hostId, EventJson.write(snapshot));
    }

    private static <T> T await(Supplier<Uni<T>> call) {
        try {
            return VertxContextSupport.subscribeAndAwait(call);
        } catch (Throwable failure) {
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failure);
        }
    }
}
