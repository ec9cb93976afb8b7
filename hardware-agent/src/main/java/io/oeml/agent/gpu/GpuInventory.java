package io.oeml.agent.gpu;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.oeml.agent.bandwidth.Bandwidth;
import io.oeml.agent.bandwidth.GpuBandwidthTable;
import io.oeml.events.capacity.GpuDevice;

/**
 * Every GPU of the host, each from its best source: nvidia-smi, amdgpu sysfs, Apple unified memory; OSHI only for
 * vendors none of those covered. Indexes are renumbered 0..n-1 across vendors, and each device gets its bandwidth
 * from the table when its name is there.
 */
@ApplicationScoped
public class GpuInventory {

    private final List<GpuProbe> specificProbes;
    private final GpuProbe fallback;
    private final GpuBandwidthTable bandwidths;

    @Inject
    public GpuInventory(NvidiaSmiProbe nvidia, AmdSysfsProbe amd, AppleUnifiedMemoryProbe apple, OshiGpuProbe oshi,
            GpuBandwidthTable bandwidths) {
        this(List.of(nvidia, amd, apple), oshi, bandwidths);
    }

    GpuInventory(List<GpuProbe> specificProbes, GpuProbe fallback, GpuBandwidthTable bandwidths) {
        this.specificProbes = specificProbes;
        this.fallback = fallback;
        this.bandwidths = bandwidths;
    }

    public List<GpuDevice> devices() {
        List<GpuDevice> found = new ArrayList<>();
        Set<String> coveredVendors = new HashSet<>();
        for (GpuProbe probe : specificProbes) {
            List<GpuDevice> devices = probe.devices();
            devices.forEach(d -> coveredVendors.add(d.vendor()));
            found.addAll(devices);
        }
        fallback.devices().stream().filter(d -> !coveredVendors.contains(d.vendor())).forEach(found::add);
        List<GpuDevice> numbered = new ArrayList<>(found.size());
        for (GpuDevice device : found) {
            numbered.add(enrich(numbered.size(), device));
        }
        return numbered;
    }

    private GpuDevice enrich(int index, GpuDevice d) {
        Optional<Bandwidth> bw = bandwidths.lookup(d.name());
        return new GpuDevice(index, d.vendor(), d.name(), d.uuid(), d.totalBytes(), d.usedBytes(), d.freeBytes(),
                d.unifiedMemory(), d.driverVersion(), d.computeCapability(), d.utilizationPercent(),
                bw.map(Bandwidth::gbps).orElse(null), d.memorySource(), bw.map(Bandwidth::source).orElse(null));
    }
}
