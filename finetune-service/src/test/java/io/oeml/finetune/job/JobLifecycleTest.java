package io.oeml.finetune.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.oeml.events.finetune.JobTransitioned;
import io.oeml.infra.testing.RealInfraResource;
import io.oeml.infra.testing.TestIdentity;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

@QuarkusTest
@TestProfile(JobDoublesProfile.class)
@WithTestResource(RealInfraResource.class)
class JobLifecycleTest {

    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED_EPOCH_LINE = "Epoch \\d+/\\d+ completed\\. Loss: \\d+\\.\\d{4}, Accuracy: \\d+\\.\\d{4}";

    @Inject
    ScriptedBackend backend;

    @Inject
    RecordingDeployment deployment;

    @Test
    void theSeedsFlowEndsCompletedWithLogsInTheSeedsLineFormat() {
        FineTuningApi api = FineTuningApi.newOwner();
        // a target name of its own: the first deployment of a name is its :v1
        String target = "seed-model-" + api.owner().substring(api.owner().length() - 8);
        api.create(FineTuningApi.seedForm("target_model_name", target)).then().statusCode(200)
                .body("success", equalTo(true)).body("status", equalTo("pending"))
                .body("message", equalTo("Fine-tuning job created successfully"));
        String id = api.list("pending").then().statusCode(200).extract().path("jobs[0].job_id");
        api.start(id).then().statusCode(200).body("job.status", equalTo("validating"));

        await().atMost(BOUND).until(() -> "completed".equals(api.statusOf(id)));

        Map<String, Object> job = api.status(id).then().statusCode(200).extract().path("job");
        assertThat(job).containsEntry("job_id", id).containsEntry("base_model", TestBaseModels.LLAMA)
                .containsEntry("target_model_name", target).containsEntry("progress", 1.0f)
                .containsEntry("deployed_model", target + ":v1").containsEntry("backend", "llama_cpp");
        assertThat(job.get("start_time")).isNotNull();
        @SuppressWarnings("unchecked")
        List<String> logs = (List<String>) job.get("logs");
        assertThat(logs).filteredOn(line -> line.matches(SEED_EPOCH_LINE))
                .containsExactly("Epoch 1/3 completed. Loss: 0.9000, Accuracy: 0.8000",
                        "Epoch 2/3 completed. Loss: 0.4500, Accuracy: 0.8000",
                        "Epoch 3/3 completed. Loss: 0.3000, Accuracy: 0.8000");
        api.list("completed").then().statusCode(200).body("jobs.job_id", hasItem(id));
    }

    @Test
    void theCurlExamplesMultipartFormCreatesAJob() {
        FineTuningApi api = FineTuningApi.newOwner();
        api.request().multiPart("base_model", TestBaseModels.LLAMA).multiPart("target_model_name", "my-model")
                .multiPart("training_data_path", TestDatasets.VALID).multiPart("data_type", "jsonl")
                .post(FineTuningApi.BASE + "/create").then().statusCode(200).body("status", equalTo("pending"))
                .body("job.hyperparameters.preset", equalTo("balanced"));
    }

    @Test
    void theResolvedPresetIsStoredAndShown() {
        FineTuningApi api = FineTuningApi.newOwner();
        String id = api.create(FineTuningApi.seedForm("hyperparameters", "efficient")).then().statusCode(200)
                .extract().path("job_id");
        Map<String, Object> hyperparameters = api.status(id).then().extract().path("job.hyperparameters");
        assertThat(hyperparameters).containsEntry("preset", "efficient").containsEntry("learning_rate", 2e-5f)
                .containsEntry("batch_size", 2).containsEntry("epochs", 2).containsEntry("warmup_steps", 50)
                .containsEntry("context_window", 256).containsEntry("validation_split", 0.1f)
                .containsEntry("seed", 42).containsEntry("weight_decay", 0.0f);
        assertThat(hyperparameters.get("max_steps")).isNull();
    }

    @Test
    void dataThatFailsValidationFailsTheJobInValidatingWithTheReport() {
        FineTuningApi api = FineTuningApi.newOwner();
        String id = api.started(FineTuningApi.seedForm("training_data_path", TestDatasets.INVALID));

        await().atMost(BOUND).until(() -> "failed".equals(api.statusOf(id)));

        api.status(id).then().body("job.error.code", equalTo("VALIDATION_FAILED"))
                .body("job.validation.errors", equalTo(2)).body("job.validation.issues.line", equalTo(List.of(3, 7)));
        List<Map<String, Object>> events = api.events(id).then().statusCode(200).extract().path("events");
        assertThat(events).extracting(e -> e.get("from") + ">" + e.get("status"))
                .containsExactly("null>pending", "pending>validating", "validating>failed");
        assertThat(backend.starts(id)).isZero();
    }

    @Test
    void cancelDuringTrainingStopsTheTrainerAndEndsCancelled() {
        FineTuningApi api = FineTuningApi.newOwner();
        String id = api.started(FineTuningApi.seedForm("hyperparameters", "{\"epochs\": 100}"));
        await().atMost(BOUND).until(() -> api.metrics(id).then().extract().<List<?>>path("steps").size() > 0);

        api.cancel(id).then().statusCode(200).body("job.cancel_requested", equalTo(true));

        await().atMost(Duration.ofSeconds(20)).until(() -> "cancelled".equals(api.statusOf(id)));
        assertThat(backend.stoppedByCancel(id)).isTrue();
        api.status(id).then().body("job.error.code", equalTo("CANCELLED"));
        assertThat(deployment.request(id)).isNull();
    }

    @Test
    void aPendingJobIsCancelledAtOnce() {
        FineTuningApi api = FineTuningApi.newOwner();
        String id = api.create(FineTuningApi.seedForm()).then().extract().path("job_id");

        api.cancel(id).then().statusCode(200).body("job.status", equalTo("cancelled"));
        api.start(id).then().statusCode(409).body("error_code", equalTo("JOB_STATE"));
    }

    @Test
    void anOwnersSecondJobWaitsQueuedUntilTheFirstEnds() {
        FineTuningApi api = FineTuningApi.newOwner();
        String first = api.started(FineTuningApi.seedForm("hyperparameters", "{\"epochs\": 100}"));
        await().atMost(BOUND).until(() -> "training".equals(api.statusOf(first)));
        String second = api.started(FineTuningApi.seedForm("target_model_name", "second-model"));

        await().atMost(BOUND).until(() -> "queued".equals(api.statusOf(second)));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> "queued".equals(api.statusOf(second)));

        api.cancel(first).then().statusCode(200);
        await().atMost(BOUND).until(() -> "completed".equals(api.statusOf(second)));
    }

    @Test
    void moreWaitingJobsThanTheCapAreRefusedWith429() {
        FineTuningApi api = FineTuningApi.newOwner();
        for (int i = 0; i < JobDoublesProfile.WAITING_PER_OWNER; i++) {
            api.create(FineTuningApi.seedForm()).then().statusCode(200);
        }

        api.create(FineTuningApi.seedForm()).then().statusCode(429).body("success", equalTo(false))
                .body("error_code", equalTo("JOB_LIMIT"));
        api.list(null).then().body("total", equalTo(JobDoublesProfile.WAITING_PER_OWNER));
    }

    @Test
    void anotherOwnersJobIsNotFoundAndNotListed() {
        FineTuningApi alice = FineTuningApi.newOwner();
        FineTuningApi bob = FineTuningApi.newOwner();
        String id = alice.create(FineTuningApi.seedForm()).then().extract().path("job_id");

        bob.status(id).then().statusCode(404).body("error_code", equalTo("JOB_NOT_FOUND"));
        bob.start(id).then().statusCode(404);
        bob.cancel(id).then().statusCode(404);
        bob.events(id).then().statusCode(404);
        bob.metrics(id).then().statusCode(404);
        bob.request().get(FineTuningApi.BASE + "/jobs/" + id + "/stream").then().statusCode(404)
                .body("error_code", equalTo("JOB_NOT_FOUND"));
        bob.list(null).then().statusCode(200).body("total", equalTo(0));
        alice.status(id).then().statusCode(200);
    }

    @Test
    void everyTransitionIsStoredInOrderAndPublishedOnce() {
        FineTuningApi api = FineTuningApi.newOwner();
        String id = api.started(FineTuningApi.seedForm());
        await().atMost(BOUND).until(() -> "completed".equals(api.statusOf(id)));

        List<Map<String, Object>> events = api.events(id).then().statusCode(200).extract().path("events");
        assertThat(events).extracting(e -> e.get("status") + "/" + e.get("phase")).containsExactly(
                "pending/null", "validating/null", "queued/null", "training/preparing", "training/training",
                "training/evaluating", "training/deploying", "completed/null");
        assertThat(events).extracting(e -> ((Number) e.get("sequence")).longValue())
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(events).extracting(e -> ((Number) e.get("progress")).doubleValue()).isSorted();

        List<JobTransitioned> published = JobEventRecords.of(id, JobEventRecords.reaching("completed"), BOUND);
        assertThat(published).extracting(JobTransitioned::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(published).extracting(JobTransitioned::status)
                .containsExactlyElementsOf(events.stream().map(e -> (String) e.get("status")).toList());
    }

    @Test
    void theStreamSendsProgressUntilTheJobIsFinished() throws Exception {
        FineTuningApi api = FineTuningApi.newOwner();
        String id = api.started(FineTuningApi.seedForm());
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                + FineTuningApi.BASE + "/jobs/" + id + "/stream"))
                .header("Authorization", "Bearer " + TestIdentity.token(api.owner(), "user")).build();

        List<JobProgress> sent = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenApply(response -> response.body().filter(line -> line.startsWith("data:"))
                        .map(line -> read(line.substring("data:".length()))).toList())
                .get(BOUND.toSeconds(), TimeUnit.SECONDS);

        assertThat(sent).isNotEmpty().allSatisfy(progress -> assertThat(progress.jobId()).isEqualTo(id));
        assertThat(sent).extracting(JobProgress::progress).isSorted();
        assertThat(sent.get(sent.size() - 1).status()).isEqualTo("completed");
        assertThat(sent).extracting(JobProgress::sequence).doesNotHaveDuplicates().isSorted();
    }

    /** A progress event as the stream sends it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record JobProgress(String jobId, String status, double progress, long sequence) {
    }

    private static JobProgress read(String data) {
        try {
            return JSON.readValue(data, JobProgress.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void stepAndEpochMetricsAreStoredWithTheTrainersFigures() {
        FineTuningApi api = FineTuningApi.newOwner();
        String id = api.started(FineTuningApi.seedForm("hyperparameters", "efficient"));
        await().atMost(BOUND).until(() -> "completed".equals(api.statusOf(id)));

        List<Map<String, Object>> steps = api.metrics(id).then().statusCode(200).extract().path("steps");
        List<Map<String, Object>> epochs = api.metrics(id).then().extract().path("epochs");
        assertThat(steps).hasSize(2 * ScriptedBackend.STEPS_PER_EPOCH)
                .allSatisfy(step -> assertThat(step).containsEntry("learning_rate", 2e-5f)
                        .containsEntry("tokens_per_second", 500.0f).containsKey("step_seconds")
                        .containsKey("train_loss").containsKey("train_accuracy"));
        assertThat(epochs).extracting(e -> e.get("epoch") + " " + e.get("train_loss") + " " + e.get("val_loss"))
                .containsExactly("1 0.9 1.0", "2 0.45 0.5");
        Map<String, Object> request = Map.of("score", deployment.request(id).scoreName(),
                "base", deployment.request(id).baseScore(), "tuned", deployment.request(id).tunedScore());
        assertThat(request).containsEntry("score", "validation_loss").containsEntry("base", 2.0)
                .containsEntry("tuned", 1.0);
    }
}
