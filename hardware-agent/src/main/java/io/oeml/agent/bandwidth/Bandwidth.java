package io.oeml.agent.bandwidth;

/**
 * A peak memory bandwidth and where it came from.
 *
 * @param gbps peak bandwidth in GB/s (10^9 bytes per second)
 * @param source {@code gpu-table}, {@code dmi-memory-speed} or {@code configured}
 */
public record Bandwidth(double gbps, String source) {
}
