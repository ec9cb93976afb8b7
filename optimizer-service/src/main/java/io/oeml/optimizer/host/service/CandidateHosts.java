package io.oeml.optimizer.host.service;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.oeml.events.EventJson;
import io.oeml.events.capacity.CapacitySnapshot;
import io.oeml.optimizer.host.FleetHost;
import io.oeml.optimizer.host.HostsConfig;
import io.oeml.optimizer.host.TrialHost;
import io.oeml.optimizer.host.repository.FleetHostRepository;
import io.smallrye.mutiny.Uni;

/** The hosts the optimizer knows: the fleet's from {@code known_host}, and the configured default Ollama. */
@ApplicationScoped
public class CandidateHosts {

    private static final Logger LOG = Logger.getLogger(CandidateHosts.class);

    private final FleetHostRepository fleet;
    private final HostsConfig config;

    public CandidateHosts(FleetHostRepository fleet, HostsConfig config) {
        this.fleet = fleet;
        this.config = config;
    }

    /** The fleet's hosts that have not left and report an Ollama, then {@code local} unless one has its URL. */
    public Uni<List<CandidateHost>> all() {
        return fleet.present().map(rows -> HostChoice.withLocal(
                rows.stream().map(CandidateHosts::candidate).flatMap(Optional::stream).toList(),
                CandidateHost.local(config.localBaseUrl())));
    }

    /** The host a trial runs on as it is known now; empty for a fleet host no longer in {@code known_host}. */
    public Uni<Optional<CandidateHost>> find(TrialHost host) {
        if (CandidateHost.LOCAL_ID.equals(host.hostId())) {
            return Uni.createFrom().item(Optional.of(CandidateHost.local(host.baseUrl())));
        }
        return fleet.findById(host.hostId()).map(row -> row == null ? Optional.empty() : candidate(row));
    }

    private static Optional<CandidateHost> candidate(FleetHost row) {
        if (row.ollamaBaseUrl == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(CandidateHost.fromSnapshot(EventJson.read(row.snapshot, CapacitySnapshot.class)));
        } catch (RuntimeException unreadable) {
            LOG.warnf("known host %s skipped: its stored snapshot cannot be read: %s", row.hostId, unreadable.toString());
            return Optional.empty();
        }
    }
}
