package io.oeml.optimizer.session;

import static io.oeml.infra.testing.ErrorEnvelopes.assertEnvelope;
import static io.oeml.optimizer.session.OptimizationApi.externalForm;
import static io.oeml.optimizer.session.OptimizationApi.floatParameter;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.oeml.infra.testing.RealInfraResource;
import io.oeml.optimizer.results.Sensitivity;
import io.oeml.optimizer.session.OptimizationApi.Space;
import io.oeml.optimizer.session.OptimizationApi.Tell;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A session's results over REST, from its stored trials on the real Postgres. */
@QuarkusTest
@WithTestResource(RealInfraResource.class)
class SessionResultsApiTest {

    private static final Space X_AND_NOISE = Space.of(floatParameter("x", 0.0, 1.0), floatParameter("unused", 0.0, 1.0));

    private final OptimizationApi api = OptimizationApi.newOwner();

    /** Twelve trials whose value is x alone: minimised, so the score rises as x falls. */
    private String sessionOfTwelveTrials() {
        String id = api.started(externalForm("random_search", X_AND_NOISE, "seed", "11", "max_iterations", "12"));
        for (int i = 0; i < 12; i++) {
            Map<String, Object> trial = api.ask(id, 1).then().statusCode(200).extract().path("trials[0]");
            double x = ((Number) ((Map<?, ?>) trial.get("parameters")).get("x")).doubleValue();
            api.tell(id, Tell.of((Integer) trial.get("trial_number"), x)).then().statusCode(200);
        }
        return id;
    }

    @Test
    void resultsGiveTheConvergenceHistoryOfEveryTrial() {
        String id = sessionOfTwelveTrials();

        api.request().get(OptimizationApi.BASE + "/results/" + id).then().statusCode(200)
                .body("success", equalTo(true))
                .body("results.trials", equalTo(12))
                .body("results.convergence", hasSize(12))
                .body("results.convergence[11].best_score", equalTo(api.status(id).then().extract()
                        .path("session.best_result.overall_score")));
    }

    @Test
    void sensitivityNamesItsMethodAndRanksTheParameterThatDrivesTheScoreFirst() {
        String id = sessionOfTwelveTrials();

        api.request().get(OptimizationApi.BASE + "/results/" + id).then().statusCode(200)
                .body("results.sensitivity.method", equalTo(Sensitivity.METHOD))
                .body("results.sensitivity.meaningful", equalTo(true))
                .body("results.sensitivity.parameters[0].parameter", equalTo("x"))
                .body("results.sensitivity.parameters[0].importance", greaterThan(0.99f));
    }

    @Test
    void anotherOwnersResultsAreNotFound() {
        String id = sessionOfTwelveTrials();

        assertEnvelope(OptimizationApi.newOwner().request().get(OptimizationApi.BASE + "/results/" + id).then(), 404,
                "SESSION_NOT_FOUND");
    }

    @Test
    void anExternalSessionCannotBeAppliedAsAnOllamaModel() {
        String id = sessionOfTwelveTrials();

        assertEnvelope(api.request().formParams(Map.of("model_name", "mine:tuned"))
                .post(OptimizationApi.BASE + "/apply/" + id).then(), 409, "EXTERNAL_SESSION");
    }

    @Test
    void applyNeedsTheNameOfTheModelToCreate() {
        String id = sessionOfTwelveTrials();

        assertEnvelope(api.request().formParams(Map.of("other", "x")).post(OptimizationApi.BASE + "/apply/" + id).then(), 400,
                "INVALID_PARAMETER");
    }

}
