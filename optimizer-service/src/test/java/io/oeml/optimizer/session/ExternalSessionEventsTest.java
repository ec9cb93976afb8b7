package io.oeml.optimizer.session;

import static io.oeml.optimizer.session.OptimizationApi.externalForm;
import static io.oeml.optimizer.session.OptimizationApi.floatParameter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.oeml.events.EventJson;
import io.oeml.events.EventTypes;
import io.oeml.events.optimizer.BestImproved;
import io.oeml.events.optimizer.SessionFinished;
import io.oeml.events.optimizer.SessionStarted;
import io.oeml.events.optimizer.TrialCompleted;
import io.oeml.infra.testing.RealInfraResource;
import io.oeml.optimizer.session.OptimizationApi.Space;
import io.oeml.optimizer.session.OptimizationApi.Tell;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** An external session's events reach Kafka through the outbox: one per change, in order, never twice. */
@QuarkusTest
@WithTestResource(RealInfraResource.class)
class ExternalSessionEventsTest {

    private final OptimizationApi api = OptimizationApi.newOwner();

    @Test
    void aSessionPublishesStartedEachTrialBestImprovementsAndFinished() {
        String id = api.started(externalForm("random_search", Space.of(floatParameter("x", 0.0, 1.0)),
                "max_iterations", "3", "seed", "5"));
        // falling values: every trial is a new best
        double[] values = {3, 2, 1};
        for (double value : values) {
            int number = api.ask(id, 1).then().statusCode(200).extract().path("trials[0].trial_number");
            api.tell(id, Tell.of(number, value)).then().statusCode(200);
        }

        List<ConsumerRecord<String, String>> records = SessionEventRecords.of(id, SessionEventRecords::finished,
                Duration.ofSeconds(60));

        assertThat(records).extracting(SessionEventRecords::type).containsExactly(
                EventTypes.OPTIMIZATION_SESSION_STARTED,
                EventTypes.OPTIMIZATION_TRIAL_COMPLETED, EventTypes.OPTIMIZATION_BEST_IMPROVED,
                EventTypes.OPTIMIZATION_TRIAL_COMPLETED, EventTypes.OPTIMIZATION_BEST_IMPROVED,
                EventTypes.OPTIMIZATION_TRIAL_COMPLETED, EventTypes.OPTIMIZATION_BEST_IMPROVED,
                EventTypes.OPTIMIZATION_SESSION_FINISHED);
        SessionStarted started = EventJson.read(records.get(0).value(), SessionStarted.class);
        assertThat(started.owner()).isEqualTo(api.owner());
        assertThat(started.resumed()).isFalse();
        assertThat(started.modelName()).isNull();
        assertThat(records).filteredOn(r -> SessionEventRecords.type(r).equals(EventTypes.OPTIMIZATION_TRIAL_COMPLETED))
                .extracting(r -> EventJson.read(r.value(), TrialCompleted.class))
                .extracting(TrialCompleted::trialNumber, TrialCompleted::overallScore)
                .containsExactly(tuple(0, -3.0), tuple(1, -2.0),
                        tuple(2, -1.0));
        BestImproved last = EventJson.read(records.get(6).value(), BestImproved.class);
        assertThat(last.trialNumber()).isEqualTo(2);
        SessionFinished finished = EventJson.read(records.get(7).value(), SessionFinished.class);
        assertThat(finished.status()).isEqualTo(SessionFinished.COMPLETED);
        assertThat(finished.trials()).isEqualTo(3);
        assertThat(finished.best().trialNumber()).isEqualTo(2);
        assertThat(finished.best().parameters()).containsKey("x");
    }

    @Test
    void aWorseTrialIsCompletedWithoutABestImprovement() {
        String id = api.started(externalForm("random_search", Space.of(floatParameter("x", 0.0, 1.0)),
                "max_iterations", "2"));
        for (double value : new double[] {1, 2}) {
            int number = api.ask(id, 1).then().extract().path("trials[0].trial_number");
            api.tell(id, Tell.of(number, value)).then().statusCode(200);
        }

        List<String> types = SessionEventRecords.of(id, SessionEventRecords::finished, Duration.ofSeconds(60)).stream()
                .map(SessionEventRecords::type).toList();

        assertThat(types).filteredOn(EventTypes.OPTIMIZATION_BEST_IMPROVED::equals).hasSize(1);
        assertThat(types).filteredOn(EventTypes.OPTIMIZATION_TRIAL_COMPLETED::equals).hasSize(2);
    }

    @Test
    void aCancelledSessionPublishesFinishedWithTheReason() {
        String id = api.started(externalForm("random_search", Space.of(floatParameter("x", 0.0, 1.0))));
        api.request().post(OptimizationApi.BASE + "/cancel/" + id).then().statusCode(200);

        List<ConsumerRecord<String, String>> records = SessionEventRecords.of(id, SessionEventRecords::finished,
                Duration.ofSeconds(60));

        SessionFinished finished = EventJson.read(records.get(records.size() - 1).value(), SessionFinished.class);
        assertThat(finished.status()).isEqualTo(SessionFinished.CANCELLED);
        assertThat(finished.reason()).contains(api.owner());
        assertThat(finished.best()).isNull();
    }

    @Test
    void aMultiObjectiveSessionFinishesWithItsParetoFront() {
        String id = api.started(externalForm("evolutionary", Space.of(floatParameter("x", 0.0, 1.0)),
                "objectives", "minimize_latency,minimize_memory", "max_iterations", "3"));
        List<List<Double>> told = List.of(List.of(1.0, 3.0), List.of(3.0, 1.0), List.of(4.0, 4.0));
        List<Map<String, Object>> trials = api.ask(id, 3).then().extract().path("trials");
        for (int i = 0; i < 3; i++) {
            api.tell(id, Tell.of((Integer) trials.get(i).get("trial_number"), told.get(i))).then().statusCode(200);
        }

        List<ConsumerRecord<String, String>> records = SessionEventRecords.of(id, SessionEventRecords::finished,
                Duration.ofSeconds(60));

        SessionFinished finished = EventJson.read(records.get(records.size() - 1).value(), SessionFinished.class);
        assertThat(finished.paretoFront()).extracting(TrialCompleted::values)
                .containsExactly(told.get(0), told.get(1));
        assertThat(finished.hypervolume()).isPositive();
    }
}
