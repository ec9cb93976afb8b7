package io.oeml.events.capacity;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One GPU (or MIG instance, or unified-memory accelerator). Unknown figures are null, never guessed.
 *
 * @param vendor {@code nvidia}, {@code amd}, {@code apple}, {@code intel} or {@code other}
 * @param unifiedMemory true when the device shares system RAM (Apple Silicon, AMD APU GTT)
 * @param memorySource where total/used/free came from: {@code nvidia-smi}, {@code amdgpu-sysfs}, {@code apple-unified}
 *                     (the configured wired limit), {@code apple-unified-estimate} (a share of RAM), {@code oshi}
 * @param bandwidthSource where the bandwidth came from, e.g. {@code gpu-table}, or null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GpuDevice(
        int index,
        String vendor,
        String name,
        String uuid,
        Long totalBytes,
        Long usedBytes,
        Long freeBytes,
        boolean unifiedMemory,
        String driverVersion,
        String computeCapability,
        Integer utilizationPercent,
        Double bandwidthGbps,
        String memorySource,
        String bandwidthSource) {
}
