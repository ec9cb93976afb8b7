package io.oeml.library.fleet.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.estimator.inputs.host.LocalMachine;
import io.oeml.estimator.inputs.host.SnapshotHosts;
import io.oeml.estimator.model.HostHardware;
import io.oeml.estimator.model.ServerSettings;
import io.oeml.events.capacity.CapacitySnapshot;
import io.oeml.events.capacity.InstalledModel;
import io.oeml.events.capacity.LoadedModel;
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
        // libs/estimator-inputs: the same reading optimizer-service makes of a snapshot
        HostHardware hardware = SnapshotHosts.hardware(snapshot);
        ServerSettings server = SnapshotHosts.server(snapshot);
        var ollama = snapshot.ollama();
        List<String> installed = ollama == null || ollama.installedModels() == null ? List.of()
                : ollama.installedModels().stream().map(InstalledModel::name).toList();
        List<String> loaded = ollama == null || ollama.loadedModels() == null ? List.of()
                : ollama.loadedModels().stream().map(LoadedModel::name).toList();
        boolean stale = snapshot.observedAt() != null
                && Duration.between(snapshot.observedAt(), Instant.now()).compareTo(fleetConfig.staleAfter()) > 0;
        return new KnownHost(snapshot.hostId(), snapshot.hostname(), "fleet", hardware, server.era(),
                server.numParallel(), server.kvCacheType(), server.contextLength(), installed, loaded,
                snapshot.observedAt(), stale);
    }

    /** This service's machine: system memory only (GPUs are seen by hardware agents, not by this service). */
    static KnownHost local() {
        return new KnownHost(LOCAL_ID, "local", "local", LocalMachine.hardware(LOCAL_ID), null, null, null, null,
                List.of(), List.of(), Instant.now(), false);
    }
}
