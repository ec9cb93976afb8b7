package io.oeml.library.benchmark.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.events.EventTypes;
import io.oeml.events.Topic;
import io.oeml.events.audit.AuditRecorded;
import io.oeml.events.benchmark.BenchmarkRequested;
import io.oeml.events.capacity.CapacitySnapshot;
import io.oeml.events.capacity.InstalledModel;
import io.oeml.library.benchmark.BenchmarkConfig;
import io.oeml.library.fleet.service.FleetService;
import io.oeml.library.fleet.service.NoSuchHostException;
import io.oeml.outbox.AuditTrail;
import io.oeml.outbox.Outbox;
import io.oeml.outbox.db.DatabaseDeadline;
import io.smallrye.mutiny.Uni;

/**
 * Asks a host's agent for a benchmark: a {@link BenchmarkRequested} event through the outbox to
 * {@code library.benchmark-requests}. Only a known host and a model its latest snapshot lists as installed are accepted,
 * so the agent is never asked for what it cannot run. The result arrives later as a report on the host's history.
 */
@ApplicationScoped
public class BenchmarkRequests {

    private static final String SOURCE = "/library-service/benchmark";

    private final FleetService fleet;
    private final Outbox outbox;
    private final DatabaseDeadline deadline;
    private final BenchmarkConfig config;
    private final AuditTrail audit;

    public BenchmarkRequests(FleetService fleet, Outbox outbox, DatabaseDeadline deadline, BenchmarkConfig config,
            AuditTrail audit) {
        this.fleet = fleet;
        this.outbox = outbox;
        this.deadline = deadline;
        this.config = config;
        this.audit = audit;
    }

    /**
     * @param numCtx the context to benchmark at, null for {@link BenchmarkConfig#defaultNumCtx}
     * @param record the audit record of the request, written in its transaction
     */
    public Uni<BenchmarkRequested> request(String hostId, String model, Integer numCtx, AuditRecorded record) {
        return fleet.latestSnapshot(hostId).chain(snapshot -> {
            if (snapshot == null) {
                throw new NoSuchHostException(hostId);
            }
            String installed = installedName(snapshot, model);
            BenchmarkRequested request = new BenchmarkRequested(UUID.randomUUID().toString(), hostId, installed,
                    numCtx == null ? config.defaultNumCtx() : numCtx, Instant.now());
            return deadline.within(audit.withChange(record, () -> outbox.append(
                    Topic.LIBRARY_BENCHMARK_REQUESTS.topicName(), EventTypes.BENCHMARK_REQUESTED, SOURCE, hostId, request)))
                    .replaceWith(request);
        });
    }

    /** The model's name as the host lists it ({@code name} alone meaning {@code name:latest}); a {@link ModelNotInstalledException} when not installed. */
    static String installedName(CapacitySnapshot snapshot, String model) {
        String wanted = model.contains(":") ? model : model + ":latest";
        var ollama = snapshot.ollama();
        return (ollama == null || ollama.installedModels() == null ? List.<InstalledModel>of() : ollama.installedModels())
                .stream().map(InstalledModel::name)
                .filter(name -> name.equals(model) || name.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new ModelNotInstalledException(model, snapshot.hostId()));
    }
}
