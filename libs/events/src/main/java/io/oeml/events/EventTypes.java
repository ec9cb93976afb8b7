package io.oeml.events;

/**
 * CloudEvents {@code type} values of every event the suite publishes. Each has a JSON Schema for its data under
 * {@code schemas/} in this module, named after the type.
 */
public final class EventTypes {

    /** A hardware agent's capacity snapshot of its host; data: {@link io.oeml.events.capacity.CapacitySnapshot}. */
    public static final String CAPACITY_REPORTED = "io.oeml.hardware.capacity.reported";
    /** A hardware agent stopped cleanly; its host is offline until it reports again; data: {@link io.oeml.events.capacity.HostLeft}. */
    public static final String HOST_LEFT = "io.oeml.hardware.host.left";

    /** A hardware agent benchmarked a model on its host; data: {@link io.oeml.events.benchmark.BenchmarkReported}. */
    public static final String BENCHMARK_REPORTED = "io.oeml.hardware.benchmark.reported";

    /** library-service saw a new host; data: {@link io.oeml.events.fleet.HostDiscovered}. */
    public static final String HOST_DISCOVERED = "io.oeml.library.host.discovered";
    /** library-service stored a model in its catalog; data: {@link io.oeml.events.catalog.CatalogChanged}. */
    public static final String CATALOG_CHANGED = "io.oeml.library.catalog.changed";

    /** library-service asks a host's agent for a benchmark; data: {@link io.oeml.events.benchmark.BenchmarkRequested}. */
    public static final String BENCHMARK_REQUESTED = "io.oeml.library.benchmark.requested";
    /** A benchmark decoded slower than the previous comparable run; data: {@link io.oeml.events.benchmark.BenchmarkRegressed}. */
    public static final String BENCHMARK_REGRESSED = "io.oeml.library.benchmark.regressed";

    /** An optimization session started or resumed; data: {@link io.oeml.events.optimizer.SessionStarted}. */
    public static final String OPTIMIZATION_SESSION_STARTED = "io.oeml.optimizer.session.started";
    /** A trial of a session was measured or told; data: {@link io.oeml.events.optimizer.TrialCompleted}. */
    public static final String OPTIMIZATION_TRIAL_COMPLETED = "io.oeml.optimizer.trial.completed";
    /** A trial became the session's best; data: {@link io.oeml.events.optimizer.BestImproved}. */
    public static final String OPTIMIZATION_BEST_IMPROVED = "io.oeml.optimizer.best.improved";
    /** A session ended: completed, cancelled, failed or timed out; data: {@link io.oeml.events.optimizer.SessionFinished}. */
    public static final String OPTIMIZATION_SESSION_FINISHED = "io.oeml.optimizer.session.finished";

    /** A fine-tuning job changed status or phase; data: {@link io.oeml.events.finetune.JobTransitioned}. */
    public static final String FINETUNE_JOB_TRANSITIONED = "io.oeml.finetune.job.transitioned";
    /** A fine-tuning result became a versioned Ollama model; data: {@link io.oeml.events.finetune.ModelDeployed}. */
    public static final String FINETUNE_MODEL_DEPLOYED = "io.oeml.finetune.model.deployed";

    /** A service recorded who did what (an admin action, a refused request); data: {@link io.oeml.events.audit.AuditRecorded}. */
    public static final String AUDIT_RECORDED = "io.oeml.audit.recorded";

    private EventTypes() {
    }
}
