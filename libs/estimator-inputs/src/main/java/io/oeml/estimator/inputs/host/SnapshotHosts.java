package io.oeml.estimator.inputs.host;

import java.util.List;
import java.util.Locale;

import io.oeml.estimator.model.Era;
import io.oeml.estimator.model.GpuDevice;
import io.oeml.estimator.model.HostHardware;
import io.oeml.estimator.model.KvCacheType;
import io.oeml.estimator.model.ServerSettings;
import io.oeml.events.capacity.CapacitySnapshot;
import io.oeml.events.capacity.OllamaSettings;

/**
 * A hardware agent's {@link CapacitySnapshot} as the estimator's host: its hardware, its Ollama server's settings and
 * its CPU threads. Figures the agent could not read stay unknown (a GPU without a total is left out, a missing free
 * figure is taken as the total).
 */
public final class SnapshotHosts {

    private SnapshotHosts() {
    }

    public static HostHardware hardware(CapacitySnapshot snapshot) {
        List<GpuDevice> gpus = snapshot.gpus() == null ? List.of() : snapshot.gpus().stream()
                .filter(g -> g.totalBytes() != null && g.totalBytes() > 0)
                .map(g -> new GpuDevice(g.name(), library(g.vendor()), g.totalBytes(),
                        g.freeBytes() != null ? g.freeBytes() : g.totalBytes(), g.bandwidthGbps()))
                .toList();
        var memory = snapshot.memory();
        return new HostHardware(snapshot.hostId(), gpus, memory == null ? 0 : memory.totalBytes(),
                memory == null ? 0 : memory.availableBytes(), memory == null ? null : memory.bandwidthGbps(), 0);
    }

    /** The era of the Ollama version the agent saw and the settings it read; null where unknown. */
    public static ServerSettings server(CapacitySnapshot snapshot) {
        var ollama = snapshot.ollama();
        if (ollama == null) {
            return ServerSettings.UNKNOWN;
        }
        OllamaSettings settings = ollama.settings();
        return new ServerSettings(Era.fromWire(ollama.era()), settings == null ? null : settings.numParallel(),
                settings == null || settings.kvCacheType() == null ? null : KvCacheType.fromWire(settings.kvCacheType()),
                settings == null ? null : settings.contextLength());
    }

    /** Logical cores (what num_thread counts), at least one. */
    public static int cpuThreads(CapacitySnapshot snapshot) {
        return snapshot.cpu() == null ? 1 : Math.max(1, snapshot.cpu().logicalCores());
    }

    /** The Ollama base URL the agent reports, null when it reports none. */
    public static String ollamaBaseUrl(CapacitySnapshot snapshot) {
        return snapshot.ollama() == null ? null : snapshot.ollama().baseUrl();
    }

    private static String library(String vendor) {
        return switch (vendor == null ? "" : vendor.toLowerCase(Locale.ROOT)) {
            case "nvidia" -> "cuda";
            case "amd" -> "rocm";
            case "apple" -> "metal";
            default -> "vulkan";
        };
    }
}
