package io.oeml.events.benchmark;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * What a benchmark ran with; runs are comparable only when these are equal.
 *
 * @param prompt the id of the standard prompt (the agent's text of that id never changes)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BenchmarkSettings(String prompt, int numCtx, int numPredict, int seed, double temperature) {

    /** One string per distinct setting, the history key's options part. */
    public String key() {
        return "prompt=" + prompt + ",num_ctx=" + numCtx + ",num_predict=" + numPredict + ",seed=" + seed
                + ",temperature=" + temperature;
    }
}
