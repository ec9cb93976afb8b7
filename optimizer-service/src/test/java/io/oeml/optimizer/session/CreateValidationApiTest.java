package io.oeml.optimizer.session;

import static io.oeml.infra.testing.ErrorEnvelopes.assertEnvelope;
import static io.oeml.optimizer.session.OptimizationApi.externalForm;
import static io.oeml.optimizer.session.OptimizationApi.floatParameter;
import static io.oeml.optimizer.session.OptimizationApi.specForm;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.oeml.infra.testing.RealInfraResource;
import io.oeml.optimizer.session.OptimizationApi.Space;
import io.oeml.optimizer.session.OptimizationApi.SuitePrompt;
import io.oeml.optimizer.space.CustomParameter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Every field of the create form is checked; each problem is named in the error envelope. */
@QuarkusTest
@TestProfile(HostDoublesProfile.class)
@WithTestResource(RealInfraResource.class)
class CreateValidationApiTest {

    private static final Space X = Space.of(floatParameter("x", 0.0, 1.0));

    private final OptimizationApi api = OptimizationApi.newOwner();

    @Test
    void unknownStrategyIs400NamingTheKnownOnes() {
        assertEnvelope(api.create(specForm("llama3.2:1b", "strategy", "simulated_annealing")).then(), 400,
                "INVALID_PARAMETER").body("error", allOf(containsString("'strategy'"), containsString("grid_search")));
    }

    @Test
    void unknownObjectiveIs400() {
        assertEnvelope(api.create(specForm("llama3.2:1b", "objective", "maximize_fun")).then(), 400, "INVALID_PARAMETER")
                .body("error", allOf(containsString("'objective'"), containsString("maximize_quality")));
    }

    @Test
    void unknownModelTypeIs400() {
        assertEnvelope(api.create(specForm("llama3.2:1b", "model_type", "poetry")).then(), 400, "INVALID_PARAMETER")
                .body("error", containsString("'model_type'"));
    }

    @Test
    void iterationLimitAboveTheMaximumIs400() {
        assertEnvelope(api.create(specForm("llama3.2:1b", "max_iterations", "101")).then(), 400, "INVALID_PARAMETER")
                .body("error", containsString("between 1 and 100"));
    }

    @Test
    void timeoutAboveTheMaximumIs400() {
        assertEnvelope(api.create(specForm("llama3.2:1b", "timeout_minutes", "61")).then(), 400, "INVALID_PARAMETER")
                .body("error", containsString("'timeout_minutes'"));
    }

    @Test
    void nonNumericSeedIs400() {
        assertEnvelope(api.create(specForm("llama3.2:1b", "seed", "abc")).then(), 400, "INVALID_PARAMETER")
                .body("error", containsString("'seed'"));
    }

    @Test
    void severalObjectivesForBayesianOptimizationAre400() {
        Map<String, String> form = specForm("llama3.2:1b", "objective", "", "objectives",
                "maximize_quality,minimize_latency");
        assertEnvelope(api.create(form).then(), 400, "INVALID_PARAMETER")
                .body("error", containsString("bayesian_optimization"));
    }

    @Test
    void malformedSpaceJsonIs422() {
        assertEnvelope(api.create(specForm("llama3.2:1b", "space", "{\"parameters\": [")).then(), 422, "INVALID_SPACE")
                .body("error", containsString("not a JSON object"));
    }

    @Test
    void everyProblemOfACustomSpaceIsNamed() {
        Space space = new Space(List.of(new CustomParameter("warmth", "float", 0.0, 1.0, false, null),
                new CustomParameter("top_k", "int", 1.5, 10.0, false, null)), Map.of("num_ctx", "big"));
        assertEnvelope(api.create(specForm("llama3.2:1b", "space", space.json())).then(), 422, "INVALID_SPACE")
                .body("error", allOf(containsString("parameters[0].name"), containsString("parameters[1].low"),
                        containsString("fixed.num_ctx")));
    }

    @Test
    void externalSpaceWithReversedBoundsIs422() {
        Space reversed = Space.of(floatParameter("x", 2.0, 1.0));
        assertEnvelope(api.create(externalForm("random_search", reversed)).then(), 422, "INVALID_SPACE")
                .body("error", containsString("parameters[0]"));
    }

    @Test
    void externalSessionWithoutASpaceIs400() {
        assertEnvelope(api.create(Map.of("external", "true", "strategy", "random_search")).then(), 400,
                "INVALID_PARAMETER").body("error", containsString("'space'"));
    }

    @Test
    void externalSessionWithAModelIs400() {
        assertEnvelope(api.create(externalForm("random_search", X, "model_name", "llama3.2:1b")).then(), 400,
                "INVALID_PARAMETER").body("error", containsString("'model_name'"));
    }

    @Test
    void modelNoHostHasIs404() {
        assertEnvelope(api.create(specForm(TwoHostTestPlanner.MISSING_MODEL)).then(), 404, "MODEL_NOT_FOUND")
                .body("error", containsString(TwoHostTestPlanner.MISSING_MODEL));
    }

    @Test
    void malformedSuiteIs422WithLineNumbers() {
        String suite = SuitePrompt.contains("sum", "2+2?", "4").line() + "not json\n";
        assertEnvelope(api.create(specForm("llama3.2:1b", "suite", suite)).then(), 422, "INVALID_SUITE")
                .body("error", containsString("line 2"));
    }

    @Test
    void unknownStatusFilterIs400() {
        assertEnvelope(api.request().queryParam("status", "paused").get(OptimizationApi.BASE + "/sessions").then(), 400,
                "INVALID_PARAMETER").body("error", containsString("timed_out"));
    }

    @Test
    void unknownSessionIs404() {
        assertEnvelope(api.status("no-such-session").then(), 404, "SESSION_NOT_FOUND");
    }

    @Test
    void oneSessionMoreThanTheOwnersCapIs429() {
        for (int i = 0; i < 5; i++) {
            api.create(externalForm("random_search", X)).then().statusCode(200);
        }
        assertEnvelope(api.create(externalForm("random_search", X)).then(), 429, "SESSION_LIMIT")
                .body("error", containsString("already has 5"));
    }

    @Test
    void theSpecFormCreatesAnOllamaSessionOnTheHostsThatHaveTheModel() {
        api.create(specForm("llama3.1:8b")).then().statusCode(200)
                .body("model_name", equalTo("llama3.1:8b"))
                .body("objective", equalTo("maximize_quality"))
                .body("strategy", equalTo("bayesian_optimization"))
                .body("model_type", equalTo("general"))
                .body("max_iterations", equalTo(20))
                .body("parallelism", equalTo(2))
                .body("hosts.host_id", equalTo(List.of("test-host-a", "test-host-b")))
                .body("space.left_out[0].option", equalTo("kv_cache_type"));
    }

    @Test
    void aSuiteMayBeUploadedAsAFilePart() {
        String suite = SuitePrompt.contains("sum", "2+2?", "4").line();
        api.request().multiPart("model_name", "llama3.2:1b").multiPart("objective", "maximize_quality")
                .multiPart("strategy", "random_search").multiPart("suite", "suite.jsonl", suite.getBytes(), "application/jsonl")
                .post(OptimizationApi.BASE + "/create").then().statusCode(200).body("status", equalTo("created"));
    }

    @Test
    void askOnAnOllamaSessionIs409() {
        String id = api.create(specForm("llama3.2:1b")).then().statusCode(200).extract().path("session_id");

        assertEnvelope(api.ask(id, 1).then(), 409, "NOT_EXTERNAL");
    }
}
