package io.oeml.agent.snapshot;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.oeml.agent.config.HostIdentity;
import io.oeml.agent.cpu.CpuProbe;
import io.oeml.agent.gpu.GpuInventory;
import io.oeml.agent.memory.MemoryProbe;
import io.oeml.agent.ollama.OllamaHostReader;
import io.oeml.events.capacity.CapacitySnapshot;
import io.oeml.events.capacity.CpuInfo;
import io.oeml.events.capacity.GpuDevice;
import io.oeml.events.capacity.MemoryInfo;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Takes one capacity snapshot: the hardware probes (blocking: files, child processes) on a worker thread while the
 * Ollama requests run, then one record. The duration of each snapshot is the {@code agent.snapshot.duration} timer.
 */
@ApplicationScoped
public class SnapshotCollector {

    private final HostIdentity host;
    private final CpuProbe cpu;
    private final MemoryProbe memory;
    private final GpuInventory gpus;
    private final OllamaHostReader ollama;
    private final String agentVersion;
    private final Timer duration;

    public SnapshotCollector(HostIdentity host, CpuProbe cpu, MemoryProbe memory, GpuInventory gpus, OllamaHostReader ollama,
            @ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown") String agentVersion,
            MeterRegistry registry) {
        this.host = host;
        this.cpu = cpu;
        this.memory = memory;
        this.gpus = gpus;
        this.ollama = ollama;
        this.agentVersion = agentVersion;
        this.duration = Timer.builder("agent.snapshot.duration")
                .description("Time to take one capacity snapshot (hardware probes and Ollama requests)")
                .register(registry);
    }

    public Uni<CapacitySnapshot> collect() {
        long start = System.nanoTime();
        Uni<Hardware> hardware = Uni.createFrom().item(() -> new Hardware(cpu.cpu(), memory.memory(), gpus.devices()))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        return Uni.combine().all().unis(hardware, ollama.status()).asTuple()
                .map(t -> new CapacitySnapshot(CapacitySnapshot.SCHEMA_VERSION, host.hostId(), host.hostname(), agentVersion,
                        Instant.now(), t.getItem1().cpu(), t.getItem1().memory(), t.getItem1().gpus(), t.getItem2()))
                .invoke(() -> duration.record(System.nanoTime() - start, TimeUnit.NANOSECONDS));
    }

    private record Hardware(CpuInfo cpu, MemoryInfo memory, List<GpuDevice> gpus) {
    }
}
