package io.oeml.events.capacity;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * System memory of the host.
 *
 * @param bandwidthGbps peak memory bandwidth in GB/s, or null when it cannot be known
 * @param bandwidthSource how the bandwidth was determined: {@code configured} or {@code dmi-memory-speed}; null when unknown
 * @param source where the byte figures came from, e.g. {@code oshi}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MemoryInfo(
        long totalBytes,
        long availableBytes,
        long swapTotalBytes,
        long swapUsedBytes,
        Double bandwidthGbps,
        String bandwidthSource,
        String source) {
}
