package io.oeml.library.fleet.service;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.estimator.model.Era;
import io.oeml.estimator.model.GpuDevice;
import io.oeml.estimator.model.HostHardware;
import io.oeml.estimator.model.KvCacheType;
import io.oeml.events.capacity.CapacitySnapshot;
import io.oeml.events.capacity.InstalledModel;
import io.oeml.events.capacity.LoadedModel;
import io.oeml.events.capacity.OllamaSettings;
import io.oeml.library.fleet.FleetConfig;
import io.oeml.library.fleet.HostStatus;
import io.smallrye.mutiny.Uni;

/** The hosts estimates are made for: the fleet's latest capacity snapshots, or this service's own machine. */
@ApplicationScoped
public class KnownHosts {

    static final String LOCAL_ID = "local";

    private final FleetService fleet;
    private final FleetConfig fleetConfig;

    public KnownHosts(FleetService fleet, FleetConfig fleetConfig) {
        this.fleet = fleet;
        this.fleetConfig = fleetConfig;
    }

    public Uni<List<KnownHost>> fleet() {
        return fleet.latestSnapshots().map(snapshots -> snapshots.stream().map(this::fromSnapshot).toList());
    }

    /**
     * The named host (404 when unknown; {@code local} is this machine). With no name: the fleet's only online host
     * when there is exactly one (a one-box setup, where the agent also sees the GPUs), else this machine.
     */
    public Uni<KnownHost> resolve(String hostId) {
        if (hostId == null || hostId.isBlank()) {
            return fleet.hosts().map(views -> soleOnline(views).map(this::fromSnapshot).orElseGet(KnownHosts::local));
        }
        if (LOCAL_ID.equals(hostId)) {
            return Uni.createFrom().item(KnownHosts::local);
        }
        return fleet.latestSnapshot(hostId).map(snapshot -> {
            if (snapshot == null) {
                throw new NoSuchHostException(hostId);
            }
            return fromSnapshot(snapshot);
        });
    }

    /** The snapshot of the one online host, if the fleet has exactly one. */
    static Optional<CapacitySnapshot> soleOnline(List<HostView> hosts) {
        List<HostView> online = hosts.stream().filter(h -> h.status() == HostStatus.ONLINE).toList();
        return online.size() == 1 ? Optional.of(online.get(0).capacity()) : Optional.empty();
    }

    KnownHost fromSnapshot(CapacitySnapshot snapshot) {
        List<GpuDevice> gpus = snapshot.gpus() == null ? List.of() : snapshot.gpus().stream()
                .filter(g -> g.totalBytes() != null && g.totalBytes() > 0)
                .map(g -> new GpuDevice(g.name(), library(g.vendor()), g.totalBytes(),
                        g.freeBytes() != null ? g.freeBytes() : g.totalBytes(), g.bandwidthGbps()))
                .toList();
        var memory = snapshot.memory();
        HostHardware hardware = new HostHardware(snapshot.hostId(), gpus, memory == null ? 0 : memory.totalBytes(),
                memory == null ? 0 : memory.availableBytes(), memory == null ? null : memory.bandwidthGbps(), 0);
        var ollama = snapshot.ollama();
        OllamaSettings settings = ollama == null ? null : ollama.settings();
        List<String> installed = ollama == null || ollama.installedModels() == null ? List.of()
                : ollama.installedModels().stream().map(InstalledModel::name).toList();
        List<String> loaded = ollama == null || ollama.loadedModels() == null ? List.of()
                : ollama.loadedModels().stream().map(LoadedModel::name).toList();
        boolean stale = snapshot.observedAt() != null
                && Duration.between(snapshot.observedAt(), Instant.now()).compareTo(fleetConfig.staleAfter()) > 0;
        return new KnownHost(snapshot.hostId(), snapshot.hostname(), "fleet", hardware,
                ollama == null ? null : Era.fromWire(ollama.era()),
                settings == null ? null : settings.numParallel(),
                settings == null || settings.kvCacheType() == null ? null : KvCacheType.fromWire(settings.kvCacheType()),
                settings == null ? null : settings.contextLength(), installed, loaded, snapshot.observedAt(), stale);
    }

    /** This service's machine: system memory only (GPUs are seen by hardware agents, not by this service). */
    static KnownHost local() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long total = os.getTotalMemorySize();
        long available = memAvailable().orElse(os.getFreeMemorySize());
        HostHardware hardware = new HostHardware(LOCAL_ID, List.of(), total, available, null, 0);
        return new KnownHost(LOCAL_ID, "local", "local", hardware, null, null, null, null, List.of(), List.of(),
                Instant.now(), false);
    }

    /** Linux's MemAvailable counts reclaimable cache, which the JVM's free memory does not. */
    private static Optional<Long> memAvailable() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(line -> line.startsWith("MemAvailable:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D+", "")) * 1024)
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
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
