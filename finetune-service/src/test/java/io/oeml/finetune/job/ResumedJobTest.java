package io.oeml.finetune.job;

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

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.oeml.events.finetune.JobTransitioned;
import io.oeml.finetune.hyperparameters.HyperparameterPreset;
import io.oeml.infra.testing.RealInfraResource;
import io.oeml.infra.testing.TestIdentity;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** A job whose worker died in training: its lease expires, and another worker resumes it or gives it up. */
@QuarkusTest
@TestProfile(JobDoublesProfile.class)
@WithTestResource(RealInfraResource.class)
class ResumedJobTest {

    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final String CRASHED = "crashed-replica/run-1";

    /** The transitions a job had stored before its worker died in training. */
    private static final List<String> BEFORE_THE_CRASH = List.of("pending", "validating", "queued", "training");

    @Inject
    AgroalDataSource database;

    @Inject
    ObjectMapper json;

    @Inject
    ScriptedBackend backend;

    @Inject
    RecordingDeployment deployment;

    @ConfigProperty(name = "oeml.schema")
    String schema;

    @Test
    void aTrainingJobWhoseLeaseExpiredIsResumedFromTheStartOfTrainingAndCompletes() throws Exception {
        String id = storeCrashedJob(1);

        await().atMost(BOUND).until(() -> "completed".equals(status(id).get("status")));

        List<Map<String, Object>> events = TestIdentity.asAdmin().get(FineTuningApi.BASE + "/jobs/" + id + "/events")
                .then().statusCode(200).extract().path("events");
        assertThat(events).extracting(e -> ((Number) e.get("sequence")).longValue())
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(events.get(4)).containsEntry("status", "training").containsEntry("phase", "preparing");
        assertThat((String) events.get(4).get("message")).contains("resumed").contains(CRASHED)
                .contains("attempt 2 of 3");
        assertThat(events.get(8)).containsEntry("status", "completed");
        assertThat(backend.starts(id)).isEqualTo(1);
        assertThat(status(id)).containsEntry("attempts", 2).containsEntry("deployed_model", "resumed-model:v1");

        List<JobTransitioned> published = JobEventRecords.of(id, JobEventRecords.reaching("completed"), BOUND);
        assertThat(published).extracting(JobTransitioned::sequence).containsExactly(5L, 6L, 7L, 8L, 9L);
    }

    @Test
    void aJobLostOnItsLastAttemptFailsWithWorkerLost() throws Exception {
        String id = storeCrashedJob(3);

        await().atMost(BOUND).until(() -> "failed".equals(status(id).get("status")));

        Map<String, Object> job = status(id);
        assertThat(job.get("error")).isEqualTo(Map.of("code", "WORKER_LOST", "message", "the worker running it ("
                + CRASHED + ") stopped renewing its lease, 3 attempt(s) in all; given up"));
        assertThat(backend.starts(id)).isZero();
        assertThat(deployment.request(id)).isNull();
    }

    private static Map<String, Object> status(String id) {
        return TestIdentity.asAdmin().get(FineTuningApi.BASE + "/status/" + id).then().statusCode(200).extract()
                .path("job");
    }

    /** The rows a replica leaves behind when it dies in training after {@code attempts} runs: lease expired. */
    private String storeCrashedJob(int attempts) throws SQLException, Exception {
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        try (Connection connection = database.getConnection()) {
            try (PreparedStatement job = connection.prepareStatement("INSERT INTO " + schema + ".finetune_job"
                    + " (job_id, owner, base_model, target_model_name, training_data_path, data_path, data_type, backend,"
                    + " hyperparameters, target_capabilities, status, phase, progress, sequence, train_path,"
                    + " validation_path, dataset_sha256, attempts, lease_holder, lease_expires_at, created_at,"
                    + " start_time, queued_at, updated_at) VALUES (?, 'resume-owner', ?, 'resumed-model', ?, ?,"
                    + " 'jsonl', 'llama_cpp', ?, '[]', 'training', 'training', 0.4, ?, 'target/resume/train.jsonl',"
                    + " 'target/resume/validation.jsonl', 'sha-valid', ?, ?, ?, ?, ?, ?, ?)")) {
                job.setString(1, id);
                job.setString(2, TestBaseModels.LLAMA);
                job.setString(3, TestDatasets.VALID);
                job.setString(4, TestDatasets.VALID);
                job.setString(5, json.writeValueAsString(HyperparameterPreset.EFFICIENT.resolved()));
                job.setLong(6, BEFORE_THE_CRASH.size());
                job.setInt(7, attempts);
                job.setString(8, CRASHED);
                job.setTimestamp(9, Timestamp.from(now.minusSeconds(60)));
                job.setTimestamp(10, Timestamp.from(now.minusSeconds(600)));
                job.setTimestamp(11, Timestamp.from(now.minusSeconds(590)));
                job.setTimestamp(12, Timestamp.from(now.minusSeconds(580)));
                job.setTimestamp(13, Timestamp.from(now.minusSeconds(120)));
                job.executeUpdate();
            }
            String from = null;
            for (int i = 0; i < BEFORE_THE_CRASH.size(); i++) {
                try (PreparedStatement transition = connection.prepareStatement("INSERT INTO " + schema
                        + ".finetune_job_transition (job_id, sequence, from_status, status, phase, progress, at)"
                        + " VALUES (?, ?, ?, ?, ?, 0.05, ?)")) {
                    transition.setString(1, id);
                    transition.setLong(2, i + 1);
                    transition.setString(3, from);
                    transition.setString(4, BEFORE_THE_CRASH.get(i));
                    transition.setString(5, "training".equals(BEFORE_THE_CRASH.get(i)) ? "preparing" : null);
                    transition.setTimestamp(6, Timestamp.from(now.minusSeconds(580 - i)));
                    transition.executeUpdate();
                }
                from = BEFORE_THE_CRASH.get(i);
            }
        }
        return id;
    }
}
