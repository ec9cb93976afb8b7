package io.oeml.optimizer.results;

import static io.oeml.optimizer.results.Trials.qualityAndLatency;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.oeml.optimizer.search.space.FloatParameter;
import io.oeml.optimizer.search.space.SearchSpace;

/** The names a plotting client reads, with a plain ObjectMapper (no service-wide naming strategy). */
class SessionResultsJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SearchSpace SPACE = new SearchSpace(List.of(new FloatParameter("temperature", 0, 1, false)));

    @Test
    void theResultsSerialiseInSnakeCase() {
        JsonNode json = JSON.valueToTree(SessionResults.of(SPACE, List.of("maximize_quality", "minimize_latency"),
                List.of(qualityAndLatency(0, 0.9, 700, true), qualityAndLatency(1, 0.6, 200, true))));

        assertThat(json.fieldNames()).toIterable()
                .containsExactly("objectives", "trials", "convergence", "sensitivity", "trade_off", "pareto");
        assertThat(json.at("/convergence/1").fieldNames()).toIterable().containsExactly("trial_number", "score",
                "feasible", "best_score", "best_trial_number", "improved");
        assertThat(json.at("/sensitivity/minimum_trials").asInt()).isEqualTo(10);
        assertThat(json.at("/trade_off/0/figures/memory_source").asText()).isEqualTo("measured");
        assertThat(json.at("/pareto/reference_point")).hasSize(2);
        assertThat(json.at("/pareto/front/0/trial_number").asInt()).isZero();
    }

    @Test
    void aModelfileSerialisesItsTextLinesAndSkippedOptions() {
        JsonNode json = JSON.valueToTree(ModelfileExport.of("m", Map.of("mirostat", 1)));

        assertThat(json.get("text").asText()).isEqualTo("FROM m\n");
        assertThat(json.at("/skipped/0/name").asText()).isEqualTo("mirostat");
        assertThat(json.get("from").asText()).isEqualTo("m");
    }
}
