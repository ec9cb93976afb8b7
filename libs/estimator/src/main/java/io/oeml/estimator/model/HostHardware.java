package io.oeml.estimator.model;

import java.util.List;

/**
 * The hardware a model is placed on.
 *
 * @param ramFreeBytes system memory available for the CPU part of a model
 * @param ramBandwidthGbps system memory bandwidth in GB/s, null when unknown
 * @param gpuOverheadBytes {@code OLLAMA_GPU_OVERHEAD} per GPU (eras A/B)
 */
public record HostHardware(
        String hostId,
        List<GpuDevice> gpus,
        long ramTotalBytes,
        long ramFreeBytes,
        Double ramBandwidthGbps,
        long gpuOverheadBytes) {

    public HostHardware {
        gpus = List.copyOf(gpus);
    }

    public boolean hasGpu() {
        return !gpus.isEmpty();
    }

    public long gpuTotalBytes() {
        return gpus.stream().mapToLong(GpuDevice::totalBytes).sum();
    }

    public long gpuFreeBytes() {
        return gpus.stream().mapToLong(GpuDevice::freeBytes).sum();
    }
}
