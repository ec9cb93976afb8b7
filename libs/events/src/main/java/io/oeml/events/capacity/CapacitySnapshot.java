package io.oeml.events.capacity;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * What one Ollama host can offer, as its hardware agent saw it at {@code observedAt}. Published to the compacted
 * {@code hardware.capacity} topic with the host id as key. Schema: {@code schemas/io.oeml.hardware.capacity.reported.json}.
 *
 * @param schemaVersion version of this payload's shape, bumped on incompatible change
 * @param hostId stable id of the host, the record key
 * @param ollama what the agent saw of the Ollama server beside it
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CapacitySnapshot(
        int schemaVersion,
        String hostId,
        String hostname,
        String agentVersion,
        Instant observedAt,
        CpuInfo cpu,
        MemoryInfo memory,
        List<GpuDevice> gpus,
        OllamaStatus ollama) {

    public static final int SCHEMA_VERSION = 1;
}
