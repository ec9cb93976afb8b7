package io.oeml.ollama.client.embed;

import java.time.Duration;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code /api/embed} reply: one L2-normalised float32 vector per input, in input order. */
public record EmbedResponse(
        String model,
        float[][] embeddings,
        @JsonProperty("total_duration") Duration totalDuration,
        @JsonProperty("load_duration") Duration loadDuration,
        @JsonProperty("prompt_eval_count") int promptEvalCount) {

    public EmbedResponse {
        embeddings = embeddings == null ? new float[0][] : embeddings;
        totalDuration = totalDuration == null ? Duration.ZERO : totalDuration;
        loadDuration = loadDuration == null ? Duration.ZERO : loadDuration;
    }

    public int dimensions() {
        return embeddings.length == 0 ? 0 : embeddings[0].length;
    }
}
