package io.oeml.library.benchmark;

import static io.oeml.library.fleet.DeadLetters.header;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.oeml.events.EventJson;
import io.oeml.events.EventTypes;
import io.oeml.events.Topic;
import io.oeml.events.optimizer.BestImproved;
import io.oeml.events.optimizer.SessionFinished;
import io.oeml.events.optimizer.SessionStarted;
import io.oeml.infra.testing.RealInfraResource;
import io.oeml.library.fleet.DeadLetters;
import io.oeml.library.fleet.TestConsumers;
import io.oeml.outbox.IdempotentConsumer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Finished optimizer sessions through the real Kafka into Postgres, shown as measured performance in recommendations,
 * comparisons and the model's detail. Events of one session share a key, so a partition: a later session published
 * under the same key (shown once consumed) proves the earlier events were consumed too.
 */
@QuarkusTest
@WithTestResource(RealInfraResource.class)
class OptimizerResultsApiTest {

    private static final Duration DELIVERY = Duration.ofSeconds(60);
    private static final String SMOLLM2 = "smollm2:135m";

    @Test
    void aCompletedSessionLeadsTheRecommendationWithItsMeasuredFigures() {
        String host = BenchmarkReports.knownHost(DELIVERY);
        SessionFinished session = OptimizerSessions.completed(host, BenchmarkReports.MODEL);
        OptimizerSessions.publish(session);

        String smollm2 = "recommendations.find { it.model_name == '" + SMOLLM2 + "' }";
        Awaitility.await().atMost(DELIVERY).untilAsserted(() -> recommendations(host)
                .body(smollm2 + ".measured_performance.session_id", equalTo(session.sessionId()))
                .body(smollm2 + ".measured_performance.basis", equalTo("measured"))
                .body(smollm2 + ".measured_performance.objective", equalTo("maximize_quality"))
                .body(smollm2 + ".measured_performance.best_parameters.temperature", equalTo(0.2f))
                .body(smollm2 + ".measured_performance.quality", equalTo(0.62f))
                .body(smollm2 + ".measured_performance.mean_latency_ms", equalTo(310.0f))
                .body(smollm2 + ".measured_performance.mean_ttft_ms", equalTo(42.0f))
                .body(smollm2 + ".measured_performance.tokens_per_second", equalTo(88.5f))
                .body(smollm2 + ".speed_basis", equalTo("measured"))
                .body(smollm2 + ".reasoning",
                        startsWith("measured on " + host + " by optimizer session " + session.sessionId())));
    }

    @Test
    void aCompletedSessionLeadsTheComparisonOfItsModelOnItsHost() {
        String host = BenchmarkReports.knownHost(DELIVERY);
        SessionFinished session = OptimizerSessions.completed(host, BenchmarkReports.MODEL);
        OptimizerSessions.publish(session);

        Awaitility.await().atMost(DELIVERY).untilAsserted(() -> comparison(host)
                .body(measured(SMOLLM2) + ".session_id", equalTo(session.sessionId()))
                .body(measured(SMOLLM2) + ".tokens_per_second", equalTo(88.5f))
                .body(measured(SMOLLM2) + ".best_parameters.top_k", equalTo(20))
                .body(measured(OptimizerSessions.SMOLLM2_360M), nullValue())
                .body("recommendations[0]", startsWith(SMOLLM2 + " measured on " + host + " by optimizer session "
                        + session.sessionId() + " (maximize_quality, model type general, best of 20 trials): quality 0.620")));
    }

    @Test
    void aCompletedSessionIsShownOnItsModelsPage() {
        String host = BenchmarkReports.knownHost(DELIVERY);
        SessionFinished session = OptimizerSessions.completed(host, BenchmarkReports.MODEL);
        OptimizerSessions.publish(session);

        String shown = "model.measured_performance.find { it.session_id == '" + session.sessionId() + "' }";
        Awaitility.await().atMost(DELIVERY).untilAsserted(() -> given().get("/api/ai/ollama/models/" + SMOLLM2)
                .then().statusCode(200)
                .body(shown + ".basis", equalTo("measured"))
                .body(shown + ".host_id", equalTo(host))
                .body(shown + ".quality", equalTo(0.62f))
                .body(shown + ".best_parameters.temperature", equalTo(0.2f)));
    }

    @Test
    void aRedeliveredEventIsStoredOnceAndALaterEventOfTheSameSessionChangesNothing() {
        String host = BenchmarkReports.knownHost(DELIVERY);
        SessionFinished session = OptimizerSessions.completed(host, BenchmarkReports.MODEL);
        String data = EventJson.write(session);
        String eventId = "dup-" + session.sessionId();
        OptimizerSessions.publish(eventId, session.sessionId(), EventTypes.OPTIMIZATION_SESSION_FINISHED, data);
        OptimizerSessions.publish(eventId, session.sessionId(), EventTypes.OPTIMIZATION_SESSION_FINISHED, data);
        OptimizerSessions.publish(session.sessionId(), EventTypes.OPTIMIZATION_SESSION_FINISHED, OptimizerSessions.finished(
                session.sessionId(), host, BenchmarkReports.MODEL, SessionFinished.COMPLETED, OptimizerSessions.BETTER));

        awaitMarkerAfter(session.sessionId(), host);

        comparison(host).body(measured(SMOLLM2) + ".session_id", equalTo(session.sessionId()))
                .body(measured(SMOLLM2) + ".quality", equalTo(0.62f));
        assertThat(deadLettersOf(session.sessionId())).isEmpty();
    }

    @Test
    void aSchemaInvalidEventIsDeadLetteredWithoutAnAttempt() {
        String host = BenchmarkReports.knownHost(DELIVERY);
        String sessionId = UUID.randomUUID().toString();
        String eventId = OptimizerSessions.publish(sessionId, EventTypes.OPTIMIZATION_SESSION_FINISHED,
                OptimizerSessions.finished(sessionId, host, BenchmarkReports.MODEL, "finished", OptimizerSessions.FIGURES));

        ConsumerRecord<String, String> dead = DeadLetters.await(Topic.LIBRARY_OPTIMIZER_EVENTS_DLQ, eventId, DELIVERY);

        assertThat(header(dead, IdempotentConsumer.ATTEMPTS_HEADER)).isEqualTo("0");
        assertThat(header(dead, "dead-letter-reason")).contains("status");
        assertThat(header(dead, "dead-letter-topic")).isEqualTo(Topic.OPTIMIZER_SESSION_EVENTS.topicName());
    }

    @Test
    void aCancelledSessionIsNotShown() {
        String host = BenchmarkReports.knownHost(DELIVERY);
        SessionFinished cancelled = OptimizerSessions.finished(UUID.randomUUID().toString(), host, BenchmarkReports.MODEL,
                SessionFinished.CANCELLED, OptimizerSessions.FIGURES);
        OptimizerSessions.publish(cancelled);

        awaitMarkerAfter(cancelled.sessionId(), host);

        comparison(host).body(measured(SMOLLM2), nullValue());
    }

    @Test
    void anExternalSessionIsNotShown() {
        String host = BenchmarkReports.knownHost(DELIVERY);
        SessionFinished external = OptimizerSessions.external();
        OptimizerSessions.publish(external);

        awaitMarkerAfter(external.sessionId(), host);

        comparison(host).body(measured(SMOLLM2), nullValue());
        assertThat(deadLettersOf(external.sessionId())).isEmpty();
    }

    @Test
    void theTopicsOtherEventsAreAcknowledgedUnread() {
        String host = BenchmarkReports.knownHost(DELIVERY);
        SessionFinished session = OptimizerSessions.completed(host, BenchmarkReports.MODEL);
        String id = session.sessionId();
        OptimizerSessions.publish(id, EventTypes.OPTIMIZATION_SESSION_STARTED, new SessionStarted(id, "alice",
                BenchmarkReports.MODEL, "general", List.of("maximize_quality"), "bayesian_optimization", List.of(host), 20,
                false, 0, Instant.now()));
        OptimizerSessions.publish(id, EventTypes.OPTIMIZATION_TRIAL_COMPLETED, session.best());
        // not even checked against its schema: a trial without its fields would be dead-lettered if it were read
        OptimizerSessions.publish(id, EventTypes.OPTIMIZATION_TRIAL_COMPLETED, Map.of("session_id", id));
        OptimizerSessions.publish(id, EventTypes.OPTIMIZATION_BEST_IMPROVED, new BestImproved(id, 7, 0.62,
                OptimizerSessions.BEST_PARAMETERS, host, OptimizerSessions.FIGURES, Instant.now()));
        OptimizerSessions.publish(session);

        Awaitility.await().atMost(DELIVERY).untilAsserted(() -> comparison(host)
                .body(measured(SMOLLM2) + ".session_id", equalTo(id)));
        assertThat(deadLettersOf(id)).isEmpty();
    }

    /** Publishes a completed session of smollm2:360m on {@code host} under {@code key} and waits until it is shown. */
    private static void awaitMarkerAfter(String key, String host) {
        SessionFinished marker = OptimizerSessions.completed(host, OptimizerSessions.SMOLLM2_360M);
        OptimizerSessions.publish(key, EventTypes.OPTIMIZATION_SESSION_FINISHED, marker);
        Awaitility.await().atMost(DELIVERY).untilAsserted(() -> comparison(host)
                .body(measured(OptimizerSessions.SMOLLM2_360M) + ".session_id", equalTo(marker.sessionId())));
    }

    private static List<ConsumerRecord<String, String>> deadLettersOf(String sessionId) {
        return TestConsumers.recordsFor(Topic.LIBRARY_OPTIMIZER_EVENTS_DLQ, sessionId, sessionId, Duration.ofSeconds(5));
    }

    private static ValidatableResponse recommendations(String host) {
        return given().queryParam("task_type", "chat").queryParam("preferred_size", "tiny").queryParam("host", host)
                .get("/api/ai/ollama/models/recommendations").then().statusCode(200);
    }

    private static ValidatableResponse comparison(String host) {
        return given().queryParam("models", SMOLLM2 + "," + OptimizerSessions.SMOLLM2_360M).queryParam("host", host)
                .get("/api/ai/ollama/models/compare").then().statusCode(200).body("comparison_table", notNullValue());
    }

    private static String measured(String model) {
        return "comparison_table.measured_performance.'" + model + "'";
    }
}
