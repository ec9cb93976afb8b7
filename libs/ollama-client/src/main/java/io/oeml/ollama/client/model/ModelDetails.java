package io.oeml.ollama.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code details} of a model in tags, show and ps.
 *
 * @param parameterSize e.g. "8.0B"
 * @param quantizationLevel e.g. "Q4_K_M"
 * @param contextLength trained context (v0.30+ in listings; null before)
 * @param embeddingLength hidden size (v0.30+ in listings; null before)
 */
public record ModelDetails(
        @JsonProperty("parent_model") String parentModel,
        String format,
        String family,
        List<String> families,
        @JsonProperty("parameter_size") String parameterSize,
        @JsonProperty("quantization_level") String quantizationLevel,
        @JsonProperty("context_length") Integer contextLength,
        @JsonProperty("embedding_length") Integer embeddingLength) {
}
