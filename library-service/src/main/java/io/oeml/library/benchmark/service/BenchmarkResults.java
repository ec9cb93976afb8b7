package io.oeml.library.benchmark.service;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.library.benchmark.BenchmarkConfig;
import io.oeml.library.benchmark.BenchmarkRun;
import io.oeml.library.benchmark.OptimizerResult;
import io.oeml.library.benchmark.repository.BenchmarkRunRepository;
import io.oeml.library.benchmark.repository.OptimizerResultRepository;
import io.oeml.library.catalog.model.CatalogEntry;
import io.oeml.library.fleet.service.FleetService;
import io.oeml.library.fleet.service.HostView;
import io.oeml.library.fleet.service.NoSuchHostException;
import io.oeml.outbox.db.DatabaseDeadline;
import io.smallrye.mutiny.Uni;

/**
 * The stored measurements as the API shows them: a host's benchmark history, its latest speeds, a catalog model's per
 * host, and a host's benchmarks and optimizer results together for lookups by catalog model.
 */
@ApplicationScoped
public class BenchmarkResults {

    private final BenchmarkRunRepository runs;
    private final OptimizerResultRepository sessions;
    private final BenchmarkConfig config;
    private final DatabaseDeadline deadline;
    private final FleetService fleet;

    public BenchmarkResults(BenchmarkRunRepository runs, OptimizerResultRepository sessions, BenchmarkConfig config,
            DatabaseDeadline deadline, FleetService fleet) {
        this.runs = runs;
        this.sessions = sessions;
        this.fleet = fleet;
        this.config = config;
        this.deadline = deadline;
    }

    /** The host's view ({@link FleetService#host}) with its latest speeds. */
    public Uni<BenchmarkedHost> host(String hostId) {
        return fleet.host(hostId).chain(host -> latest(hostId).map(speeds -> new BenchmarkedHost(host, speeds)));
    }

    /** The host's latest speeds and its runs, newest first, failed ones included; {@link NoSuchHostException} if unknown. */
    public Uni<HostBenchmarks> history(String hostId) {
        return fleet.latestSnapshot(hostId)
                .onItem().ifNull().failWith(() -> new NoSuchHostException(hostId))
                .chain(() -> latest(hostId))
                .chain(latest -> deadline.within(runs.history(hostId, config.historyLimit()))
                        .map(list -> new HostBenchmarks(latest, list.stream().map(BenchmarkRunView::of).toList())));
    }

    /** The newest measured speed of each model and context on the host. */
    public Uni<List<MeasuredSpeed>> latest(String hostId) {
        return deadline.within(runs.latestMeasured(hostId)).map(list -> list.stream().map(MeasuredSpeed::of).toList());
    }

    /**
     * The host's latest runs and optimizer results for lookups by catalog model; none for a host never measured. One
     * query after the other: a request's reactive session never runs two at once.
     */
    public Uni<HostMeasurements> of(String hostId) {
        return deadline.within(runs.latestMeasured(hostId))
                .chain(latest -> deadline.within(sessions.latest(hostId)).map(results -> new HostMeasurements(latest, results)));
    }

    /** Per host, the speed that best stands for the catalog model: see {@link #best}. */
    public Uni<List<MeasuredSpeed>> forModel(CatalogEntry entry, long numCtx) {
        return deadline.within(runs.latestMeasured()).map(list -> list.stream()
                .filter(run -> BenchmarkedModel.is(run.model, run.modelDigest, entry))
                .collect(Collectors.groupingBy(run -> run.hostId, TreeMap::new, Collectors.toList()))
                .values().stream()
                .map(hostRuns -> best(hostRuns, numCtx).map(MeasuredSpeed::of).orElseThrow())
                .toList());
    }

    /**
     * Every host's newest optimizer result of each model type for the catalog model (matched as benchmarks are), newest
     * first: what the model's page shows beside the published scores.
     */
    public Uni<List<MeasuredPerformance>> performancesOf(CatalogEntry entry) {
        return deadline.within(sessions.latestOfEveryHost()).map(list -> list.stream()
                .filter(result -> BenchmarkedModel.is(result.model, null, entry))
                .sorted(Comparator.comparing((OptimizerResult result) -> result.finishedAt).reversed())
                .map(MeasuredPerformance::of)
                .toList());
    }

    /** @param benchmarks the newest benchmark of each model and context on the host (measured or emulated) */
    public record BenchmarkedHost(HostView host, List<MeasuredSpeed> benchmarks) {
    }

    public record HostBenchmarks(List<MeasuredSpeed> latest, List<BenchmarkRunView> runs) {
    }

    /** A real measurement before an emulated one, then the context closest to the one asked about, then the newest. */
    static Optional<BenchmarkRun> best(List<BenchmarkRun> runs, long numCtx) {
        return runs.stream().min(Comparator.<BenchmarkRun, Boolean>comparing(r -> r.emulated)
                .thenComparing(r -> Math.abs(r.numCtx - numCtx))
                .thenComparing(r -> r.finishedAt, Comparator.reverseOrder()));
    }
}
