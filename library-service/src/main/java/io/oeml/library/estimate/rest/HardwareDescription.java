package io.oeml.library.estimate.rest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.oeml.errors.ApiException;
import io.oeml.estimator.model.GpuDevice;
import io.oeml.estimator.model.HostHardware;
import io.oeml.library.fleet.service.KnownHost;

/**
 * Hardware described in the request instead of a known host: {@code gpu=<total>:<free>[:<bandwidth GB/s>[:<library>]]}
 * (repeatable, sizes like 24GiB or 16GB), {@code ram}, {@code ram_free}, {@code ram_bandwidth}, {@code gpu_overhead}.
 */
final class HardwareDescription {

    private HardwareDescription() {
    }

    static boolean present(List<String> gpus, String ram) {
        return (gpus != null && !gpus.isEmpty()) || (ram != null && !ram.isBlank());
    }

    static KnownHost parse(List<String> gpuParams, String ram, String ramFree, String ramBandwidth, String gpuOverhead) {
        List<GpuDevice> gpus = new ArrayList<>();
        for (String gpu : gpuParams == null ? List.<String>of() : gpuParams) {
            String[] parts = gpu.split(":");
            if (parts.length < 2 || parts.length > 4) {
                throw ApiException.badParameter("gpu", "must be <total>:<free>[:<bandwidth_gbps>[:<library>]]");
            }
            long total = HardwareNumbers.bytes("gpu", parts[0]);
            long free = HardwareNumbers.bytes("gpu", parts[1]);
            if (free > total) {
                throw ApiException.badParameter("gpu", "free memory exceeds total memory");
            }
            Double bandwidth = parts.length > 2 && !parts[2].isBlank() ? HardwareNumbers.decimal("gpu", parts[2]) : null;
            String library = parts.length > 3 ? parts[3] : "cuda";
            gpus.add(new GpuDevice("GPU " + gpus.size(), library, total, free, bandwidth));
        }
        if (ram == null || ram.isBlank()) {
            throw ApiException.badParameter("ram", "is required with an explicit hardware description");
        }
        long ramTotal = HardwareNumbers.bytes("ram", ram);
        long ramAvailable = ramFree == null || ramFree.isBlank() ? ramTotal : HardwareNumbers.bytes("ram_free", ramFree);
        Double ramGbps = ramBandwidth == null || ramBandwidth.isBlank() ? null : HardwareNumbers.decimal("ram_bandwidth", ramBandwidth);
        long overhead = gpuOverhead == null || gpuOverhead.isBlank() ? 0 : HardwareNumbers.bytes("gpu_overhead", gpuOverhead);
        HostHardware hardware = new HostHardware("request", gpus, ramTotal, ramAvailable, ramGbps, overhead);
        return new KnownHost("request", "request", "request", hardware, null, null, null, null, List.of(), List.of(),
                Instant.now(), false);
    }
}
