package io.oeml.optimizer.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.oeml.events.EventJson;
import io.oeml.events.EventTypes;
import io.oeml.events.optimizer.SessionFinished;
import io.oeml.events.optimizer.SessionStarted;
import io.oeml.events.optimizer.TrialCompleted;
import io.oeml.infra.testing.RealInfraResource;
import io.oeml.infra.testing.TestIdentity;
import io.oeml.optimizer.objective.Constraints;
import io.oeml.optimizer.search.cli.ParameterSpec;
import io.oeml.optimizer.session.service.SpaceSummary;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A replica died mid-session: its lease expired with three trials completed and two asked. The next claim continues
 * the session from the stored trials, abandons the asked ones and numbers new trials after them; no trial is told
 * twice and no event is published twice.
 */
@QuarkusTest
@TestProfile(HostDoublesProfile.class)
@WithTestResource(RealInfraResource.class)
class ResumedSessionTest {

    /** A stored trial: its temperature (quality follows from it) and status. */
    record StoredTrial(int number, double temperature, String status) {
    }

    private static final List<StoredTrial> BEFORE_THE_CRASH = List.of(new StoredTrial(0, 0.2, "completed"),
            new StoredTrial(1, 0.4, "completed"), new StoredTrial(2, 0.6, "completed"),
            new StoredTrial(3, 1.0, "asked"), new StoredTrial(4, 1.2, "asked"));

    @Inject
    AgroalDataSource database;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "oeml.schema")
    String schema;

    @Test
    void aSessionWhoseLeaseExpiredContinuesFromItsStoredTrials() throws Exception {
        String id = UUID.randomUUID().toString();
        storeCrashedSession(id, 6);

        await().atMost(Duration.ofSeconds(90)).until(() -> "completed".equals(TestIdentity.asAdmin()
                .get(OptimizationApi.BASE + "/status/" + id).then().extract().path("session.status")));

        List<Map<String, Object>> trials = TestIdentity.asAdmin().get(OptimizationApi.BASE + "/trials/" + id).then()
                .extract().path("trials");
        assertThat(trials).extracting(t -> t.get("trial_number") + " " + t.get("status")).containsExactly(
                "0 completed", "1 completed", "2 completed", "3 abandoned", "4 abandoned",
                "5 completed", "6 completed", "7 completed");

        List<ConsumerRecord<String, String>> records = SessionEventRecords.of(id, SessionEventRecords::finished,
                Duration.ofSeconds(60));
        assertThat(records).extracting(SessionEventRecords::type).first()
                .isEqualTo(EventTypes.OPTIMIZATION_SESSION_STARTED);
        SessionStarted resumed = EventJson.read(records.get(0).value(), SessionStarted.class);
        assertThat(resumed.resumed()).isTrue();
        assertThat(resumed.completedTrials()).isEqualTo(3);
        assertThat(records).filteredOn(r -> SessionEventRecords.type(r).equals(EventTypes.OPTIMIZATION_TRIAL_COMPLETED))
                .extracting(r -> EventJson.read(r.value(), TrialCompleted.class).trialNumber())
                .containsExactly(5, 6, 7);
        List<ConsumerRecord<String, String>> finished = records.stream()
                .filter(r -> SessionEventRecords.type(r).equals(EventTypes.OPTIMIZATION_SESSION_FINISHED)).toList();
        assertThat(finished).hasSize(1);
        assertThat(EventJson.read(finished.get(0).value(), SessionFinished.class).trials()).isEqualTo(6);
    }

    /** The rows a replica leaves behind when it dies: running, its lease expired a minute ago. */
    private void storeCrashedSession(String id, int maxIterations) throws SQLException, JsonProcessingException {
        Instant now = Instant.now();
        try (Connection connection = database.getConnection()) {
            try (PreparedStatement session = connection.prepareStatement("INSERT INTO " + schema
                    + ".optimization_session (session_id, owner, kind, model_name, model_type, strategy, objectives,"
                    + " constraints, seed, max_iterations, timeout_minutes, parallelism, space, fixed_options, space_report,"
                    + " hosts, status, current_iteration, best_trial, created_at, started_at, deadline_at, lease_holder,"
                    + " lease_expires_at) VALUES (?, 'resume-owner', 'ollama', 'llama3.2:1b', 'general', 'random_search',"
                    + " 'maximize_quality', ?, 9, ?, 60, 1, ?, '{}', ?, ?, 'running', 3, 2, ?, ?, ?, 'crashed-replica/run-1', ?)")) {
                session.setString(1, id);
                session.setString(2, json.writeValueAsString(Constraints.NONE));
                session.setInt(3, maxIterations);
                session.setString(4, json.writeValueAsString(TwoHostTestPlanner.SPACE.parameters().stream()
                        .map(ParameterSpec::of).toList()));
                session.setString(5, json.writeValueAsString(SpaceSummary.NONE));
                session.setString(6, json.writeValueAsString(TwoHostTestPlanner.HOSTS.subList(0, 1)));
                session.setTimestamp(7, Timestamp.from(now.minusSeconds(120)));
                session.setTimestamp(8, Timestamp.from(now.minusSeconds(120)));
                session.setTimestamp(9, Timestamp.from(now.plusSeconds(3600)));
                session.setTimestamp(10, Timestamp.from(now.minusSeconds(60)));
                session.executeUpdate();
            }
            int told = 0;
            for (StoredTrial trial : BEFORE_THE_CRASH) {
                boolean completed = trial.status().equals("completed");
                double quality = TemperatureQualityTestEvaluations.quality(trial.temperature());
                try (PreparedStatement row = connection.prepareStatement("INSERT INTO " + schema + ".optimization_trial"
                        + " (session_id, trial_number, status, parameters, budget, told_order, objective_values, feasible,"
                        + " overall_score, host_id, asked_at, completed_at) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?)")) {
                    row.setString(1, id);
                    row.setInt(2, trial.number());
                    row.setString(3, trial.status());
                    row.setString(4, json.writeValueAsString(Map.of("temperature", trial.temperature(), "top_k", 40)));
                    row.setObject(5, completed ? ++told : null);
                    row.setString(6, completed ? json.writeValueAsString(List.of(-quality)) : null);
                    row.setObject(7, completed ? true : null);
                    row.setObject(8, completed ? quality : null);
                    row.setString(9, completed ? "test-host-a" : null);
                    row.setTimestamp(10, Timestamp.from(now.minusSeconds(100)));
                    row.setTimestamp(11, completed ? Timestamp.from(now.minusSeconds(90)) : null);
                    row.executeUpdate();
                }
            }
        }
    }
}
