package io.oeml.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.oeml.evaluation.measure.TrialMetrics;
import io.oeml.evaluation.run.EvaluationRequest;
import io.oeml.evaluation.run.EvaluationRunner;
import io.oeml.evaluation.run.NoisePlan;
import io.oeml.evaluation.suite.BuiltInSuites;
import io.oeml.evaluation.suite.EvaluationSuite;
import io.oeml.evaluation.suite.ModelType;
import io.oeml.infra.FreePorts;
import io.oeml.infra.JavaService;
import io.oeml.infra.ollama.TinyModel;
import io.oeml.infra.testing.KeyedRecords;
import io.oeml.infra.testing.TestOllama;
import io.oeml.ollama.client.OllamaClient;
import io.oeml.ollama.client.OllamaHostConfig;
import io.oeml.ollama.client.generate.Options;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.Vertx;

/**
 * The seed's "Optimize Model Parameters" example, unchanged, through the packaged gateway to the packaged
 * optimizer-service, whose trials run on the project's real Ollama with the real smollm2-135m; then a crash of the
 * optimizer in the middle of a session, after which the session goes on from its stored trials and the topic holds
 * every trial event exactly once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OptimizationThroughGatewayIT {

    private static final Duration SESSION = Duration.ofMinutes(4);
    private static final String MODEL = TinyModel.SMOLLM2_135M.tagged();
    private static final int ANSWER_TOKENS = 24;

    private static PackagedSuite suite;
    private static JavaService optimizer;
    private static JavaService gateway;

    @BeforeAll
    static void startSuite() {
        List<Integer> ports = FreePorts.take(2);
        suite = new PackagedSuite("optimization")
                .set("OLLAMA_BASE_URL", TestOllama.get().baseUrl())
                .set("OPTIMIZER_HTTP_PORT", ports.get(0))
                .set("GATEWAY_HTTP_PORT", ports.get(1))
                .set("OPTIMIZER_SERVICE_URL", "http://127.0.0.1:" + ports.get(0))
                // a killed replica's session is taken over once its lease expires: short here, 60 s by default
                .set("OPTIMIZATION_WORKER_LEASE", "8s")
                .set("OPTIMIZATION_WORKER_RENEW_EVERY", "2s")
                .set("OPTIMIZATION_WORKER_POLL_EVERY", "1s")
                // short answers keep a trial of the ten-prompt suite to seconds on this CPU
                .set("OPTIMIZATION_MAX_ANSWER_TOKENS", ANSWER_TOKENS);
        optimizer = suite.start("optimizer-service", ports.get(0));
        gateway = suite.start("gateway", ports.get(1));
    }

    @AfterAll
    static void stopSuite() {
        PackagedSuite.stop(gateway, optimizer);
    }

    /** The SPEC's httpx example: form fields model_name, objective, strategy, model_type; then start. */
    @Test
    @Order(1)
    void theSeedExampleRunsASessionOnTheRealModelToItsEnd() {
        JsonPath created = api().formParam("model_name", MODEL).formParam("objective", "maximize_quality")
                .formParam("strategy", "bayesian_optimization").formParam("model_type", "general")
                .formParam("max_iterations", 4)
                .post("/api/ai/ollama/optimization/create").then().statusCode(200).extract().jsonPath();
        String sessionId = created.getString("session_id");
        assertThat(created.getBoolean("success")).isTrue();
        assertThat(created.getString("model_name")).isEqualTo(MODEL);

        api().post("/api/ai/ollama/optimization/start/" + sessionId).then().statusCode(200);
        JsonPath finished = awaitStatus(sessionId, "completed");

        assertThat(finished.getInt("session.current_iteration")).isEqualTo(4);
        assertThat(finished.getDouble("session.best_result.overall_score")).isBetween(0.0, 1.0);
        assertThat(finished.getMap("session.best_result.parameters")).containsKey("temperature");
        JsonPath best = api().get("/api/ai/ollama/optimization/best-parameters/" + sessionId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(best.getMap("best_parameters")).isEqualTo(finished.getMap("session.best_result.parameters"));
        assertThat(best.getString("modelfile")).contains("PARAMETER temperature");
        assertThat(api().queryParam("status", "completed").get("/api/ai/ollama/optimization/sessions").then()
                .statusCode(200).extract().jsonPath().getList("sessions.session_id")).contains(sessionId);
    }

    /**
     * The check: best-parameters applied to the same host (with the seed every trial sent) reproduce the
     * session's best quality within its measured noise. Repeating two prompts cannot see every source of variation, so
     * where it measured none the bound is one prompt's share of the score.
     */
    @Test
    @Order(2)
    void theBestParametersReproduceTheBestScoreOnTheSameHostWithinItsNoise() {
        String sessionId = api().queryParam("status", "completed").get("/api/ai/ollama/optimization/sessions").then()
                .statusCode(200).extract().jsonPath().getString("sessions[0].session_id");
        // doubles, not RestAssured's default floats: a rounded temperature would sample differently
        JsonPath best = api().get("/api/ai/ollama/optimization/best-parameters/" + sessionId).then().statusCode(200)
                .extract().jsonPath().using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
        JsonPath session = status(sessionId);
        double quality = session.getDouble("session.best_result.figures.quality");
        Double noise = session.getObject("session.best_result.figures.quality_noise", Double.class);
        EvaluationSuite suite = BuiltInSuites.of(ModelType.GENERAL);
        // the seed every trial sent, and the answer cap this suite's optimizer runs with (OPTIMIZATION_MAX_ANSWER_TOKENS)
        Options options = Options.of(best.getMap("best_parameters")).toBuilder().seed(best.getLong("ollama_seed"))
                .numPredict(ANSWER_TOKENS).build();

        Vertx vertx = Vertx.vertx();
        try {
            OllamaClient client = OllamaClient.create(vertx, OllamaHostConfig.of(TestOllama.get().baseUrl()));
            TrialMetrics again = new EvaluationRunner(client).evaluate(new EvaluationRequest(MODEL, suite, options,
                    suite.size(), NoisePlan.NONE)).await().atMost(Duration.ofMinutes(2));
            double bound = noise != null && noise > 0 ? 3 * noise : 1.0 / suite.size();
            assertThat(again.quality()).isCloseTo(quality, within(bound));
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    @Test
    @Order(3)
    void aSessionGoesOnAfterTheOptimizerIsKilledWithEveryTrialEventOnce() {
        String sessionId = api().formParam("model_name", MODEL).formParam("objective", "minimize_latency")
                .formParam("strategy", "random_search").formParam("model_type", "general")
                .formParam("max_iterations", 6).formParam("seed", 7)
                .post("/api/ai/ollama/optimization/create").then().statusCode(200).extract().jsonPath()
                .getString("session_id");
        api().post("/api/ai/ollama/optimization/start/" + sessionId).then().statusCode(200);
        Awaitility.await().atMost(SESSION).pollInterval(Duration.ofMillis(300))
                .until(() -> status(sessionId).getInt("session.current_iteration") >= 2);

        optimizer.kill();
        optimizer = suite.start("optimizer-service", Integer.parseInt(suite.get("OPTIMIZER_HTTP_PORT")));
        awaitStatus(sessionId, "completed");

        List<Integer> told = trialEventNumbers(sessionId);
        assertThat(told).hasSize(6).doesNotHaveDuplicates();
        assertThat(api().get("/api/ai/ollama/optimization/trials/" + sessionId).then().statusCode(200).extract()
                .jsonPath().getList("trials.findAll { it.status == 'completed' }.trial_number", Integer.class))
                .containsExactlyInAnyOrderElementsOf(told);
    }

    @Test
    @Order(4)
    void theBestParametersBecomeADerivedModelOnTheHostThatMeasuredThem() {
        String sessionId = api().queryParam("status", "completed").get("/api/ai/ollama/optimization/sessions").then()
                .statusCode(200).extract().jsonPath().getString("sessions[0].session_id");
        String derived = "smollm2-tuned-" + sessionId.substring(0, 8) + ":latest";

        api().formParam("model_name", derived).post("/api/ai/ollama/optimization/apply/" + sessionId).then()
                .statusCode(200);
        try {
            assertThat(RestAssured.get(TestOllama.get().baseUrl() + "/api/tags").then().statusCode(200).extract()
                    .jsonPath().getList("models.name")).contains(derived);
            api().formParam("model_name", derived).post("/api/ai/ollama/optimization/apply/" + sessionId).then()
                    .statusCode(409);
        } finally {
            RestAssured.given().contentType("application/json").body(Map.of("model", derived))
                    .delete(TestOllama.get().baseUrl() + "/api/delete").then().statusCode(200);
        }
    }

    /**
     * Two objectives at once on the real model: NSGA-II (the evolutionary strategy with several objectives) breeds
     * past its first population, and the results keep the trials no other trial beats on both quality and latency,
     * each with the figures Ollama measured, and the volume they dominate.
     */
    @Test
    @Order(5)
    void aSessionOfTwoObjectivesKeepsTheParetoFrontOfItsMeasuredTrials() {
        String sessionId = api().formParam("model_name", MODEL).formParam("objectives",
                "maximize_quality,minimize_latency").formParam("strategy", "evolutionary")
                .formParam("model_type", "general").formParam("max_iterations", 8).formParam("seed", 11)
                .post("/api/ai/ollama/optimization/create").then().statusCode(200).extract().jsonPath()
                .getString("session_id");
        api().post("/api/ai/ollama/optimization/start/" + sessionId).then().statusCode(200);
        awaitStatus(sessionId, "completed");

        JsonPath results = api().get("/api/ai/ollama/optimization/results/" + sessionId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(results.getList("results.pareto.objectives"))
                .containsExactly("maximize_quality", "minimize_latency");
        List<Integer> front = results.getList("results.pareto.front.trial_number", Integer.class);
        assertThat(front).isNotEmpty();
        assertThat(results.getDouble("results.pareto.hypervolume")).isPositive();
        assertThat(results.getList("results.trade_off.findAll { it.on_front }.trial_number", Integer.class))
                .containsExactlyInAnyOrderElementsOf(front);
        assertThat(results.getList("results.trade_off.findAll { it.on_front }.figures.mean_latency_ms", Double.class))
                .allSatisfy(latency -> assertThat(latency).isPositive());
        assertThat(results.getList("results.convergence")).hasSize(8);
    }

    private static JsonPath awaitStatus(String sessionId, String status) {
        JsonPath[] last = new JsonPath[1];
        Awaitility.await().atMost(SESSION).pollInterval(Duration.ofMillis(500)).until(() -> {
            last[0] = status(sessionId);
            assertThat(last[0].getString("session.status")).isNotIn("failed", "timed_out", "cancelled");
            return status.equals(last[0].getString("session.status"));
        });
        return last[0];
    }

    private static JsonPath status(String sessionId) {
        return api().get("/api/ai/ollama/optimization/status/" + sessionId).then().statusCode(200).extract().jsonPath();
    }

    private static RequestSpecification api() {
        return RestAssured.given().auth().oauth2(PackagedSuite.gatewayCredential()).baseUri(gateway.baseUrl());
    }

    /** The trial numbers of the session's trial-completed events on the topic, read from the start. */
    private static List<Integer> trialEventNumbers(String sessionId) {
        String trialCompleted = "io.oeml.optimizer.trial.completed";
        return KeyedRecords.ofType(KeyedRecords.until(suite.get("KAFKA_BOOTSTRAP_SERVERS"), "optimizer.session-events",
                sessionId, KeyedRecords.atLeast(6, trialCompleted), Duration.ofSeconds(30)), trialCompleted).stream()
                .map(record -> JsonPath.from(record.value()).getInt("trial_number")).toList();
    }
}
