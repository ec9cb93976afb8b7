package io.oeml.optimizer.session;

import static io.oeml.infra.testing.ErrorEnvelopes.assertEnvelope;
import static io.oeml.optimizer.session.OptimizationApi.externalForm;
import static io.oeml.optimizer.session.OptimizationApi.floatParameter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.oeml.infra.testing.RealInfraResource;
import io.oeml.infra.testing.TestIdentity;
import io.oeml.optimizer.session.OptimizationApi.Space;
import io.oeml.optimizer.session.OptimizationApi.Tell;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Ask-and-tell sessions over REST, on the real Postgres: the client runs the trials and tells their values. */
@QuarkusTest
@WithTestResource(RealInfraResource.class)
class ExternalSessionApiTest {

    private static final Space X = Space.of(floatParameter("x", 0.0, 1.0));

    private final OptimizationApi api = OptimizationApi.newOwner();

    private static double bowl(double x) {
        return (x - 0.3) * (x - 0.3);
    }

    @Test
    void createAnswersCreatedWithTheSpaceAndSeed() {
        api.create(externalForm("random_search", X, "seed", "7", "max_iterations", "5")).then()
                .statusCode(200)
                .body("success", equalTo(true))
                .body("session_id", notNullValue())
                .body("strategy", equalTo("random_search"))
                .body("objective", equalTo("value"))
                .body("external", equalTo(true))
                .body("status", equalTo("created"))
                .body("max_iterations", equalTo(5))
                .body("seed", equalTo(7))
                .body("hosts", hasSize(0))
                .body("space.parameters[0].name", equalTo("x"))
                .body("message", equalTo("Optimization session created successfully"));
    }

    @Test
    void askAndTellUntilMaxIterationsCompletesTheSessionWithItsBest() {
        String id = api.started(externalForm("random_search", X, "seed", "3", "max_iterations", "4"));
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 2; round++) {
            List<Map<String, Object>> trials = api.ask(id, 2).then().statusCode(200).extract().path("trials");
            assertThat(trials).hasSize(2);
            for (Map<String, Object> trial : trials) {
                double x = ((Number) ((Map<?, ?>) trial.get("parameters")).get("x")).doubleValue();
                best = Math.min(best, bowl(x));
                api.tell(id, Tell.of((Integer) trial.get("trial_number"), bowl(x))).then().statusCode(200);
            }
        }

        api.status(id).then().statusCode(200)
                .body("session.status", equalTo("completed"))
                .body("session.current_iteration", equalTo(4))
                .body("session.best_result.overall_score", equalTo((float) -best));
        api.request().get(OptimizationApi.BASE + "/best-parameters/" + id).then().statusCode(200)
                .body("overall_score", equalTo((float) -best))
                .body("best_parameters.x", notNullValue())
                .body("modelfile", nullValue())
                .body("ollama_seed", nullValue());
        api.request().get(OptimizationApi.BASE + "/trials/" + id).then().statusCode(200)
                .body("total", equalTo(4))
                .body("trials.status", equalTo(List.of("completed", "completed", "completed", "completed")));
    }

    @Test
    void askHandsOutNoMoreThanMaxIterationsAtOnce() {
        String id = api.started(externalForm("random_search", X, "max_iterations", "3"));

        api.ask(id, 5).then().statusCode(200).body("trials", hasSize(3));
        api.ask(id, 1).then().statusCode(200).body("trials", hasSize(0)).body("status", equalTo("running"));
    }

    @Test
    void tellOfATrialNeverAskedIs404() {
        String id = api.started(externalForm("random_search", X));

        assertEnvelope(api.tell(id, Tell.of(0, 1.0)).then(), 404, "TRIAL_NOT_FOUND")
                .body("error", containsString("never asked"));
    }

    @Test
    void tellingATrialTwiceIs409() {
        String id = api.started(externalForm("random_search", X));
        api.ask(id, 1).then().statusCode(200);
        api.tell(id, Tell.of(0, 0.5)).then().statusCode(200);

        assertEnvelope(api.tell(id, Tell.of(0, 0.5)).then(), 409, "TRIAL_ALREADY_TOLD");
    }

    @Test
    void tellWithAnotherNumberOfValuesThanObjectivesIs422() {
        String id = api.started(externalForm("random_search", X));
        api.ask(id, 1).then().statusCode(200);

        assertEnvelope(api.tell(id, Tell.of(0, List.of(0.5, 0.2))).then(), 422, "WRONG_VALUE_COUNT")
                .body("error", containsString("1 objective(s)"));
    }

    @Test
    void aRefusedTellLeavesTheTrialOpenToBeToldAgain() {
        String id = api.started(externalForm("random_search", X));
        api.ask(id, 2).then().statusCode(200);
        api.tell(id, Tell.of(0, List.of(0.5, 0.2))).then().statusCode(422);

        api.tell(id, Tell.of(0, 0.5)).then().statusCode(200).body("current_iteration", equalTo(1));
        api.tell(id, Tell.of(1, 0.4)).then().statusCode(200).body("current_iteration", equalTo(2));
    }

    @Test
    void tellWithoutAValueIs400() {
        String id = api.started(externalForm("random_search", X));
        api.ask(id, 1).then().statusCode(200);

        assertEnvelope(api.tell(id, new Tell(0, null, null, null)).then(), 400, "INVALID_PARAMETER");
    }

    @Test
    void askBeforeStartIs409() {
        String id = api.create(externalForm("random_search", X)).then().statusCode(200).extract().path("session_id");

        assertEnvelope(api.ask(id, 1).then(), 409, "SESSION_STATE").body("error", containsString("start it first"));
    }

    @Test
    void startingTwiceIs409() {
        String id = api.started(externalForm("random_search", X));

        assertEnvelope(api.start(id).then(), 409, "SESSION_STATE");
    }

    @Test
    void anotherOwnersSessionIsNotFound() {
        String id = api.started(externalForm("random_search", X));
        OptimizationApi stranger = OptimizationApi.newOwner();

        assertEnvelope(stranger.status(id).then(), 404, "SESSION_NOT_FOUND");
        assertEnvelope(stranger.ask(id, 1).then(), 404, "SESSION_NOT_FOUND");
        assertEnvelope(stranger.request().post(OptimizationApi.BASE + "/cancel/" + id).then(), 404, "SESSION_NOT_FOUND");
    }

    @Test
    void anAdminSeesEveryOwnersSession() {
        String id = api.started(externalForm("random_search", X));

        TestIdentity.asAdmin().get(OptimizationApi.BASE + "/status/" + id).then().statusCode(200)
                .body("session.owner", equalTo(api.owner()));
    }

    @Test
    void cancelEndsTheSessionAndAbandonsItsAskedTrials() {
        String id = api.started(externalForm("random_search", X));
        api.ask(id, 2).then().statusCode(200);

        api.request().post(OptimizationApi.BASE + "/cancel/" + id).then().statusCode(200)
                .body("session.status", equalTo("cancelled"))
                .body("session.reason", containsString("cancelled by " + api.owner()));
        api.request().get(OptimizationApi.BASE + "/trials/" + id).then()
                .body("trials.status", equalTo(List.of("abandoned", "abandoned")));
        assertEnvelope(api.tell(id, Tell.of(0, 0.5)).then(), 409, "SESSION_STATE");
    }

    @Test
    void sessionsListsTheOwnersSessionsOfAStatus() {
        String running = api.started(externalForm("random_search", X));
        api.create(externalForm("random_search", X)).then().statusCode(200);

        api.request().queryParam("status", "running").get(OptimizationApi.BASE + "/sessions").then().statusCode(200)
                .body("total", equalTo(1))
                .body("sessions[0].session_id", equalTo(running))
                .body("sessions[0].best_result", nullValue());
        api.request().get(OptimizationApi.BASE + "/sessions").then().body("total", equalTo(2));
    }

    @Test
    void bestParametersBeforeAnyTrialIs409() {
        String id = api.started(externalForm("random_search", X));

        assertEnvelope(api.request().get(OptimizationApi.BASE + "/best-parameters/" + id).then(), 409, "NO_RESULT_YET");
    }

    @Test
    void infeasibleTrialsAreNoBestResult() {
        String id = api.started(externalForm("random_search", X));
        api.ask(id, 1).then().statusCode(200);

        api.tell(id, new Tell(0, 0.1, null, false)).then().statusCode(200);

        api.status(id).then().body("session.current_iteration", equalTo(1)).body("session.best_result", nullValue());
    }

    @Test
    void sameSeedAsksTheSameTrials() {
        String first = api.started(externalForm("bayesian_optimization", X, "seed", "42"));
        String second = api.started(externalForm("bayesian_optimization", X, "seed", "42"));

        List<Object> asked = api.ask(first, 3).then().extract().path("trials.parameters.x");
        assertThat(api.ask(second, 3).then().extract().<List<Object>>path("trials.parameters.x")).isEqualTo(asked);
    }
}
