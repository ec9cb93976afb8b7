package io.oeml.optimizer.session;

import static io.oeml.infra.testing.ErrorEnvelopes.assertEnvelope;
import static io.oeml.infra.testing.Outages.FAIL_FAST;
import static io.oeml.infra.testing.Outages.answersWithin;
import static io.oeml.infra.testing.Outages.whilePostgresFrozen;
import static io.oeml.optimizer.session.OptimizationApi.externalForm;
import static io.oeml.optimizer.session.OptimizationApi.floatParameter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.oeml.infra.testing.RealInfraResource;
import io.oeml.optimizer.session.OptimizationApi.Space;
import io.oeml.optimizer.session.OptimizationApi.Tell;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * With Postgres frozen (SIGSTOP: its sockets stay open and nothing answers, like a hung host) the session API says so
 * within seconds, a 503 in the envelope, and the session goes on once the database answers again.
 */
@QuarkusTest
@WithTestResource(RealInfraResource.class)
class FrozenDatabaseTest {

    private static final Space X = Space.of(floatParameter("x", 0.0, 1.0));
    private static final Duration RECOVERY = Duration.ofSeconds(60);

    private final OptimizationApi api = OptimizationApi.newOwner();

    @Test
    void readsAndAskAndTellAnswer503WithinSecondsWhilePostgresIsFrozen() {
        String id = api.started(externalForm("random_search", X, "seed", "5", "max_iterations", "3"));
        int trial = askOne(id);
        whilePostgresFrozen(() -> {
            answersWithin(FAIL_FAST, "status", () -> unavailable(api.status(id)));
            answersWithin(FAIL_FAST, "the session list", () -> unavailable(api.request().get(OptimizationApi.BASE + "/sessions")));
            answersWithin(FAIL_FAST, "ask", () -> unavailable(api.ask(id, 1)));
            answersWithin(FAIL_FAST, "tell", () -> unavailable(api.tell(id, Tell.of(trial, 0.5))));
        });
    }

    @Test
    void aTellCutOffByTheFrozenDatabaseIsRecordedOnceWhenToldAgain() {
        String id = api.started(externalForm("random_search", X, "seed", "6", "max_iterations", "3"));
        int trial = askOne(id);
        whilePostgresFrozen(() -> answersWithin(FAIL_FAST, "tell", () -> unavailable(api.tell(id, Tell.of(trial, 0.25)))));
        awaitAnswering(id);

        // the cut-off transaction may have committed once the server answered: then telling again is refused
        int again = api.tell(id, Tell.of(trial, 0.25)).then().extract().statusCode();
        assertThat(again).isIn(200, 409);
        api.request().get(OptimizationApi.BASE + "/trials/" + id).then().statusCode(200)
                .body("total", equalTo(1))
                .body("trials.status", equalTo(List.of("completed")));
        api.status(id).then().statusCode(200).body("session.current_iteration", equalTo(1));
    }

    private int askOne(String id) {
        return api.ask(id, 1).then().statusCode(200).extract().path("trials[0].trial_number");
    }

    private static void unavailable(Response response) {
        assertEnvelope(response.then(), 503, "DEPENDENCY_UNAVAILABLE");
    }

    private void awaitAnswering(String id) {
        Awaitility.await().atMost(RECOVERY).ignoreExceptions()
                .untilAsserted(() -> api.status(id).then().statusCode(200));
    }
}
