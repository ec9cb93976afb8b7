package io.oeml.events.capacity;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Server settings the agent can see (from the environment it shares with Ollama or its configuration);
 * null where unknown. {@code source} says where they were read.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OllamaSettings(
        Integer contextLength,
        Integer numParallel,
        String kvCacheType,
        Boolean flashAttention,
        Integer maxLoadedModels,
        String source) {
}
