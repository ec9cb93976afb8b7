package io.oeml.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.oeml.events.audit.AuditRecorded;
import io.oeml.events.benchmark.BenchmarkFigures;
import io.oeml.events.benchmark.BenchmarkRegressed;
import io.oeml.events.benchmark.BenchmarkReported;
import io.oeml.events.benchmark.BenchmarkRequested;
import io.oeml.events.benchmark.BenchmarkSettings;
import io.oeml.events.capacity.CapacitySnapshot;
import io.oeml.events.capacity.CpuInfo;
import io.oeml.events.capacity.GpuDevice;
import io.oeml.events.capacity.HostLeft;
import io.oeml.events.capacity.InstalledModel;
import io.oeml.events.capacity.LoadedModel;
import io.oeml.events.capacity.MemoryInfo;
import io.oeml.events.capacity.OllamaSettings;
import io.oeml.events.capacity.OllamaStatus;
import io.oeml.events.catalog.CatalogChanged;
import io.oeml.events.finetune.AnswerAccuracy;
import io.oeml.events.finetune.JobTransitioned;
import io.oeml.events.finetune.ModelDeployed;
import io.oeml.events.fleet.HostDiscovered;
import io.oeml.events.optimizer.BestImproved;
import io.oeml.events.optimizer.SessionFinished;
import io.oeml.events.optimizer.SessionStarted;
import io.oeml.events.optimizer.TrialCompleted;
import io.oeml.events.optimizer.TrialFigures;

/** One record per event type, every field set the way a producer fills it. */
final class EventFixtures {

    static final Instant AT = Instant.parse("2026-12-01T12:00:00Z");
    static final long GIB = 1L << 30;

    private EventFixtures() {
    }

    /** Event data by CloudEvents type; a type in {@link EventTypes} without an entry here fails EventSchemaTest. */
    static Map<String, Object> byType() {
        return Map.ofEntries(
                Map.entry(EventTypes.OPTIMIZATION_SESSION_STARTED, new SessionStarted("s-1", "alice", "smollm2-135m:latest",
                        "general", List.of("maximize_quality"), "bayesian_optimization", List.of("local"), 20, false, 0, AT)),
                Map.entry(EventTypes.OPTIMIZATION_TRIAL_COMPLETED, trialCompleted()),
                Map.entry(EventTypes.OPTIMIZATION_BEST_IMPROVED, new BestImproved("s-1", 3, 0.8,
                        Map.of("temperature", 0.2, "num_ctx", 2048), "local", FIGURES, AT)),
                Map.entry(EventTypes.OPTIMIZATION_SESSION_FINISHED, new SessionFinished("s-1", "alice", "smollm2-135m:latest",
                        "general", List.of("maximize_quality"), "bayesian_optimization", SessionFinished.COMPLETED, null, 20,
                        trialCompleted(), List.of(), null, AT)),
                Map.entry(EventTypes.FINETUNE_JOB_TRANSITIONED, new JobTransitioned("job-1", "alice", 4, "smollm2-135m:latest",
                        "support-bot", "llama_cpp", "queued", "training", "training", 0.4, null, null, AT)),
                Map.entry(EventTypes.FINETUNE_MODEL_DEPLOYED, new ModelDeployed("job-1", "alice", "support-bot:v2", "support-bot", 2,
                        "smollm2-135m:latest", "llama_cpp", true, "local", "a".repeat(64), "validation_loss", 0.97, 0.37,
                        new AnswerAccuracy(0.22, 0.31, 7), AT)),
                Map.entry(EventTypes.CAPACITY_REPORTED, snapshot()),
                Map.entry(EventTypes.HOST_LEFT, new HostLeft("host-1", AT, "shutdown")),
                Map.entry(EventTypes.HOST_DISCOVERED, new HostDiscovered("host-1", "gpu-box", AT, "http://127.0.0.1:11434")),
                Map.entry(EventTypes.CATALOG_CHANGED, new CatalogChanged("my-finetune:latest", "discovered", AT)),
                Map.entry(EventTypes.BENCHMARK_REQUESTED, new BenchmarkRequested("req-1", "host-1", "smollm2-135m:latest", 2048, AT)),
                Map.entry(EventTypes.BENCHMARK_REPORTED, measured()),
                Map.entry(EventTypes.BENCHMARK_REGRESSED, new BenchmarkRegressed("host-1", "smollm2-135m:latest", "0.24.0", false,
                        SETTINGS.key(), "run-0", "run-1", 64.0, 40.0, -37.5, 20.0, AT)),
                Map.entry(EventTypes.AUDIT_RECORDED, new AuditRecorded(AT, "root", List.of("admin"), "benchmark.requested", "host",
                        "host-1", AuditRecorded.Outcome.SUCCESS, "req-1", "library-service", "smollm2-135m:latest")));
    }

    /** Figures of a real smollm2-135m trial on Ollama v0.24.0 at num_ctx 2048 (memory from /api/ps). */
    static final TrialFigures FIGURES = new TrialFigures(0.6, 310.0, 42.0, 88.5, 143_762_688L, TrialFigures.MEASURED, 0.0);

    static TrialCompleted trialCompleted() {
        return new TrialCompleted("s-1", 3, Map.of("temperature", 0.2, "num_ctx", 2048), List.of(-0.6), 0.6, true, 0,
                "local", FIGURES, 4_200L, AT);
    }

    static final BenchmarkSettings SETTINGS = new BenchmarkSettings("oeml-bench-v1", 2048, 64, 42, 0);

    /** Figures as a real Ollama v0.24.0 gave them for smollm2-135m on a CPU-only host. */
    static BenchmarkReported measured() {
        BenchmarkFigures figures = new BenchmarkFigures(400_000_000L, 40, 100_000_000L, 400.0, 64, 1_000_000_000L, 64.0,
                1_600_000_000L, 143_762_688L, 0L, 2048);
        return new BenchmarkReported("run-1", "req-1", "host-1", "smollm2-135m:latest", "sha256:abc", "0.24.0", false,
                "request", SETTINGS, BenchmarkReported.MEASURED, figures, null, AT, AT.plusSeconds(3));
    }

    static BenchmarkReported failed(String error) {
        return new BenchmarkReported("run-2", "req-2", "host-1", "missing:latest", null, "0.24.0", false, "request",
                SETTINGS, BenchmarkReported.FAILED, null, error, AT, AT.plusSeconds(1));
    }

    static CapacitySnapshot snapshot() {
        return snapshot(new MemoryInfo(64 * GIB, 48 * GIB, 8 * GIB, 0, 89.6, "dmidecode", "oshi"));
    }

    static CapacitySnapshot snapshot(MemoryInfo memory) {
        CpuInfo cpu = new CpuInfo("Ryzen 9 7950X", "AMD", 16, 32, List.of("avx2", "avx512f"), "oshi");
        GpuDevice gpu = new GpuDevice(0, "nvidia", "RTX 4090", "GPU-1", 24 * GIB, 2 * GIB, 22 * GIB, false,
                "550.54", "8.9", 12, 1008.0, "nvidia-smi", "spec");
        OllamaStatus ollama = new OllamaStatus("http://127.0.0.1:11434", true, "0.13.0", "C", null,
                List.of(new InstalledModel("llama3.2:3b", "sha256:abc", 2 * GIB, "llama", "3.2B", "Q4_K_M")),
                List.of(new LoadedModel("llama3.2:3b", 3 * GIB, 3 * GIB, 4096, AT.plusSeconds(300))),
                new OllamaSettings(4096, 1, "f16", true, 3, "env"), false);
        return new CapacitySnapshot(CapacitySnapshot.SCHEMA_VERSION, "host-1", "gpu-box", "0.1.0", AT, cpu, memory,
                List.of(gpu), ollama);
    }
}
