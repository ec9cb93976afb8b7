package io.oeml.agent.benchmark;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.agent.config.AgentConfig;
import io.oeml.agent.publish.CapacityReporter;
import io.oeml.events.capacity.CapacitySnapshot;
import io.oeml.events.capacity.InstalledModel;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The agent's own reasons to benchmark: a model it has not benchmarked before appears in the latest capacity sample
 * ({@code agent.benchmark.on-new-model}), and the operator's schedule ({@code agent.benchmark.every}, off by default),
 * which benchmarks every installed model again. Both read the reporter's latest snapshot, so they ask Ollama nothing
 * extra, and queue on the {@link BenchmarkLane}.
 */
@ApplicationScoped
public class BenchmarkTriggers {

    private final CapacityReporter reporter;
    private final BenchmarkLane lane;
    private final AgentConfig.Benchmark config;
    private final BenchmarkedModels benchmarked;
    private final Set<String> queued = ConcurrentHashMap.newKeySet();

    public BenchmarkTriggers(CapacityReporter reporter, BenchmarkLane lane, AgentConfig config) {
        this.reporter = reporter;
        this.lane = lane;
        this.config = config.benchmark();
        this.benchmarked = new BenchmarkedModels(config.stateDir().resolve("benchmarked-models"));
    }

    @Scheduled(identity = "benchmark-new-models", every = "${agent.sample-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> newModels() {
        if (!config.onNewModel()) {
            return Uni.createFrom().voidItem();
        }
        return reporter.current().invoke(snapshot -> installed(snapshot).stream()
                .filter(m -> !benchmarked.contains(m.name(), m.digest()) && queued.add(m.name() + " " + m.digest()))
                .forEach(m -> lane.submit(new BenchmarkJob(m.name(), config.numCtx(), BenchmarkJob.NEW_MODEL, null))
                        .onTermination().invoke(() -> queued.remove(m.name() + " " + m.digest()))
                        .subscribe().with(report -> {
                            // a model that failed for itself (no completion, say) is not tried at every sample again
                            if (report.error() == null || !report.error().startsWith(BenchmarkLane.NOT_TRIED)) {
                                benchmarked.add(m.name(), m.digest());
                            }
                        }, unpublished -> { /* logged by the lane; not marked, so the next sample tries again */ })))
                .replaceWithVoid();
    }

    /** Completes when every installed model has been benchmarked, so a run never overlaps the previous one. */
    @Scheduled(identity = "benchmark-schedule", every = "${agent.benchmark.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return reporter.current().onItem().transformToMulti(snapshot -> Multi.createFrom().iterable(installed(snapshot)))
                .onItem().transformToUniAndConcatenate(m -> lane.submit(
                        new BenchmarkJob(m.name(), config.numCtx(), BenchmarkJob.SCHEDULE, null))
                        .onFailure().recoverWithNull())
                .collect().last().replaceWithVoid();
    }

    private static List<InstalledModel> installed(CapacitySnapshot snapshot) {
        var ollama = snapshot.ollama();
        return ollama == null || !ollama.reachable() || ollama.installedModels() == null ? List.of() : ollama.installedModels();
    }
}
