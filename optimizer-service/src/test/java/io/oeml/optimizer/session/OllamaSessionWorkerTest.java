package io.oeml.optimizer.session;

import static io.oeml.optimizer.session.OptimizationApi.specForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.oeml.infra.testing.RealInfraResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * The worker runs started Ollama sessions on the planned hosts, here {@link TwoHostTestPlanner}'s, whose trials
 * {@link TemperatureQualityTestEvaluations} scores by temperature alone (best at 0.7).
 */
@QuarkusTest
@TestProfile(HostDoublesProfile.class)
@WithTestResource(RealInfraResource.class)
class OllamaSessionWorkerTest {

    private static final Duration RUN = Duration.ofSeconds(90);

    @Inject
    AgroalDataSource database;

    @ConfigProperty(name = "oeml.schema")
    String schema;

    private final OptimizationApi api = OptimizationApi.newOwner();

    private JsonPath session(String id) {
        return api.status(id).then().statusCode(200).extract().jsonPath();
    }

    private JsonPath awaitStatus(String id, String status) {
        await().atMost(RUN).pollInterval(Duration.ofMillis(300)).until(() -> status.equals(session(id).getString("session.status")));
        return session(id);
    }

    private List<Map<String, Object>> trials(String id) {
        return api.request().get(OptimizationApi.BASE + "/trials/" + id).then().statusCode(200).extract().path("trials");
    }

    @Test
    void bayesianOptimizationConvergesOnTheTemperatureOfBestQuality() {
        String id = api.started(specForm("llama3.2:1b", "max_iterations", "14", "seed", "1"));

        JsonPath done = awaitStatus(id, "completed");

        assertThat(done.getInt("session.current_iteration")).isEqualTo(14);
        assertThat(done.getDouble("session.best_result.overall_score")).isGreaterThan(0.93);
        assertThat(done.getDouble("session.best_result.parameters.temperature"))
                .isCloseTo(TemperatureQualityTestEvaluations.BEST_TEMPERATURE, offset(0.07));
        assertThat(done.getDouble("session.best_result.figures.quality")).isGreaterThan(0.93);
    }

    @Test
    void aRoundSpreadsItsTrialsOverTheHosts() {
        String id = api.started(specForm("llama3.2:1b", "strategy", "random_search", "max_iterations", "4"));

        awaitStatus(id, "completed");

        assertThat(trials(id)).extracting(t -> t.get("host_id")).containsOnly("test-host-a", "test-host-b")
                .contains("test-host-a", "test-host-b");
    }

    @Test
    void aSessionFailsAfterTrialsFailInARow() {
        String id = api.started(specForm(TemperatureQualityTestEvaluations.FAILING_MODEL, "strategy", "random_search",
                "parallelism", "1"));

        JsonPath failed = awaitStatus(id, "failed");

        assertThat(failed.getString("session.reason")).contains("3 trials in a row failed")
                .contains("model runner crashed");
        assertThat(trials(id)).extracting(t -> t.get("status")).containsExactly("failed", "failed", "failed");
    }

    @Test
    void cancelStopsARunningSession() {
        String id = api.started(specForm(TemperatureQualityTestEvaluations.SLOW_MODEL, "strategy", "random_search",
                "max_iterations", "100", "parallelism", "1"));
        await().atMost(RUN).until(() -> session(id).getInt("session.current_iteration") >= 1);

        api.request().post(OptimizationApi.BASE + "/cancel/" + id).then().statusCode(200);
        int atCancel = session(id).getInt("session.current_iteration");

        await().pollDelay(TemperatureQualityTestEvaluations.SLOW_TRIAL.multipliedBy(3)).atMost(RUN).until(() -> true);
        assertThat(session(id).getString("session.status")).isEqualTo("cancelled");
        assertThat(session(id).getInt("session.current_iteration")).isEqualTo(atCancel);
    }

    @Test
    void aSessionPastItsDeadlineTimesOut() throws SQLException {
        String id = api.started(specForm(TemperatureQualityTestEvaluations.SLOW_MODEL, "strategy", "random_search",
                "max_iterations", "100", "parallelism", "1"));
        await().atMost(RUN).until(() -> session(id).getInt("session.current_iteration") >= 1);

        execute("UPDATE " + schema + ".optimization_session SET deadline_at = now() - interval '1 second'"
                + " WHERE session_id = ?", id);

        JsonPath timedOut = awaitStatus(id, "timed_out");
        assertThat(timedOut.getString("session.reason")).contains("timeout of 60 minutes");
    }

    @Test
    void anExternalSessionPastItsDeadlineTimesOutWithoutAnyCall() throws SQLException {
        String id = api.started(OptimizationApi.externalForm("random_search",
                OptimizationApi.Space.of(OptimizationApi.floatParameter("x", 0, 1))));

        execute("UPDATE " + schema + ".optimization_session SET deadline_at = now() - interval '1 second'"
                + " WHERE session_id = ?", id);

        awaitStatus(id, "timed_out");
    }

    private void execute(String sql, String id) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, id);
            statement.executeUpdate();
        }
    }
}
