package io.oeml.finetune.job;

import static io.oeml.infra.testing.ErrorEnvelopes.assertEnvelope;
import static io.oeml.infra.testing.Outages.FAIL_FAST;
import static io.oeml.infra.testing.Outages.answersWithin;
import static io.oeml.infra.testing.Outages.whilePostgresFrozen;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.oeml.infra.testing.RealInfraResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * With Postgres frozen (SIGSTOP: its sockets stay open and nothing answers, like a hung host) the job and dataset
 * APIs say so within seconds, a 503 in the envelope, and answer again once the database does.
 */
@QuarkusTest
@TestProfile(JobDoublesProfile.class)
@WithTestResource(RealInfraResource.class)
class FrozenDatabaseTest {

    private static final Duration RECOVERY = Duration.ofSeconds(60);

    private final FineTuningApi api = FineTuningApi.newOwner();

    @Test
    void jobAndDatasetCallsAnswer503WithinSecondsWhilePostgresIsFrozenThenAnswerAgain() {
        String id = api.create(FineTuningApi.seedForm()).then().statusCode(200).extract().path("job_id");

        whilePostgresFrozen(() -> {
            answersWithin(FAIL_FAST, "job status", () -> unavailable(api.status(id)));
            answersWithin(FAIL_FAST, "the job list", () -> unavailable(api.list(null)));
            answersWithin(FAIL_FAST, "start", () -> unavailable(api.start(id)));
            answersWithin(FAIL_FAST, "the dataset list",
                    () -> unavailable(api.request().get(FineTuningApi.BASE + "/datasets")));
        });

        // the cut-off start may have committed once the server answered: the job is then validating, else pending
        Awaitility.await().atMost(RECOVERY).ignoreExceptions()
                .untilAsserted(() -> api.status(id).then().statusCode(200).body("job.job_id", equalTo(id)));
    }

    private static void unavailable(Response response) {
        assertEnvelope(response.then(), 503, "DEPENDENCY_UNAVAILABLE");
    }
}
