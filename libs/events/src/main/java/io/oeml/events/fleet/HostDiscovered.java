package io.oeml.events.fleet;

import java.time.Instant;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * library-service saw a host's first capacity report. Published through the outbox to {@code library.model-events}.
 * Schema: {@code schemas/io.oeml.library.host.discovered.json}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record HostDiscovered(String hostId, String hostname, Instant firstSeenAt, String ollamaBaseUrl) {
}
