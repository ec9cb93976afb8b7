package io.oeml.events.capacity;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A model from the host's {@code /api/tags}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record InstalledModel(
        String name,
        String digest,
        long sizeBytes,
        String family,
        String parameterSize,
        String quantizationLevel) {
}
