package io.oeml.events.capacity;

import java.time.Instant;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A model from the host's {@code /api/ps}: what is in memory now and how much of it sits in VRAM. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record LoadedModel(
        String name,
        long sizeBytes,
        long sizeVramBytes,
        Integer contextLength,
        Instant expiresAt) {
}
