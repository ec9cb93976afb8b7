package io.oeml.events.capacity;

import java.time.Instant;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The agent of {@code hostId} stopped cleanly at {@code leftAt}. Schema: {@code schemas/io.oeml.hardware.host.left.json}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record HostLeft(String hostId, Instant leftAt, String reason) {
}
