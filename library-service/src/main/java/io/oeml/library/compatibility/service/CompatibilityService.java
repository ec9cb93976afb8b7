package io.oeml.library.compatibility.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.estimator.model.EstimateOptions;
import io.oeml.estimator.model.KvCacheType;
import io.oeml.estimator.model.MemoryEstimate;
import io.oeml.estimator.model.Placement;
import io.oeml.estimator.weights.SynthesizedWeights;
import io.oeml.library.benchmark.BenchmarkConfig;
import io.oeml.library.benchmark.service.BenchmarkResults;
import io.oeml.library.benchmark.service.MeasuredSpeed;
import io.oeml.library.catalog.model.CatalogEntry;
import io.oeml.library.catalog.service.CatalogEntryFactory;
import io.oeml.library.catalog.service.CatalogIndex;
import io.oeml.library.compatibility.model.FitMatrix;
import io.oeml.library.compatibility.model.FitView;
import io.oeml.library.estimate.service.FitCalculator;
import io.oeml.library.fleet.service.KnownHost;
import io.oeml.library.fleet.service.KnownHosts;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/** Whether a model runs on a host, how well, the largest context that fits and what would make it fit better. */
@ApplicationScoped
public class CompatibilityService {

    /** Smaller quantizations tried as remedies, largest first. */
    static final List<String> SMALLER_QUANTIZATIONS = List.of("Q8_0", "Q6_K", "Q5_K_M", "Q4_K_M", "Q4_0", "Q3_K_M", "Q2_K");
    private static final long MIN_CONTEXT = 512;

    private final CatalogIndex catalog;
    private final KnownHosts hosts;
    private final FitCalculator fit;
    private final BenchmarkResults benchmarks;
    private final BenchmarkConfig benchmarkConfig;

    public CompatibilityService(CatalogIndex catalog, KnownHosts hosts, FitCalculator fit, BenchmarkResults benchmarks,
            BenchmarkConfig benchmarkConfig) {
        this.catalog = catalog;
        this.hosts = hosts;
        this.fit = fit;
        this.benchmarks = benchmarks;
        this.benchmarkConfig = benchmarkConfig;
    }

    /**
     * {@link #assess} of a catalog model on a host ({@link KnownHosts#resolve}) and across the fleet, with the host's
     * benchmark of the model ahead of the estimate ({@link #withBenchmark}) and the latest benchmark on every host.
     */
    public Uni<HostCompatibility> assess(String modelName, String hostId, EstimateOptions options) {
        long benchmarkCtx = options.numCtx() != null ? options.numCtx() : benchmarkConfig.defaultNumCtx();
        return Uni.createFrom().item(() -> catalog.get(modelName))
                // one reactive session per request: its queries run one after the other, never concurrently
                .chain(entry -> hosts.resolve(hostId).chain(host -> hosts.fleet().chain(fleet -> benchmarks
                        .forModel(entry, benchmarkCtx)
                        // dozens of estimates (context search, remedies, fleet): off the event loop
                        .emitOn(Infrastructure.getDefaultWorkerPool())
                        .map(speeds -> new HostCompatibility(entry, host, withBenchmark(assess(entry, host, options, fleet),
                                speeds.stream().filter(s -> s.hostId().equals(host.hostId())).findFirst().orElse(null)),
                                speeds)))));
    }

    /** @param benchmarks the latest benchmark of the model on every host that has one */
    public record HostCompatibility(CatalogEntry entry, KnownHost host, Compatibility compatibility,
            List<MeasuredSpeed> benchmarks) {
    }

    /** The named models (every catalog model when null) estimated on every fleet host. */
    public Uni<FitMatrix> fitMatrix(List<String> modelNames, EstimateOptions options) {
        return Uni.createFrom().item(() -> modelNames == null ? catalog.entries()
                        : modelNames.stream().map(catalog::get).toList())
                .chain(entries -> hosts.fleet().emitOn(Infrastructure.getDefaultWorkerPool()).map(fleet -> {
                    List<FitMatrix.Row> rows = new ArrayList<>();
                    for (CatalogEntry entry : entries) {
                        Map<String, FitView> cells = new LinkedHashMap<>();
                        for (KnownHost host : fleet) {
                            cells.put(host.hostId(), FitView.of(host.hostId(), fit.estimate(entry, host, options)));
                        }
                        rows.add(new FitMatrix.Row(entry.name(), cells));
                    }
                    return new FitMatrix(fleet.stream().map(KnownHost::hostId).toList(), rows);
                }));
    }

    Compatibility assess(CatalogEntry entry, KnownHost host, EstimateOptions options, List<KnownHost> fleet) {
        MemoryEstimate estimate = fit.estimate(entry, host, options);
        double score = CompatibilityScore.of(estimate, host.hardware());
        List<String> warnings = new ArrayList<>(estimate.notes());
        if (host.stale()) {
            warnings.add("host " + host.hostId() + " has not reported recently: its free memory may have changed");
        }
        if ("local".equals(host.source())) {
            warnings.add("no host given and no GPU detection here: checked against this service's own machine (RAM only)");
        }
        HardwareCompatibility hardware = hardware(estimate, host);
        List<String> recommendations = new ArrayList<>();
        ContextLimits limits = contextLimits(entry, host, options);
        List<Remedy> remedies = estimate.placement() == Placement.FULL_GPU ? List.of()
                : remedies(entry, host, options, estimate, fleet, limits);
        remedies.forEach(r -> recommendations.add(r.description()));
        if (estimate.placement() == Placement.CPU_ONLY && !host.hardware().hasGpu()) {
            recommendations.add("a GPU host would run it faster: CPU decode is bound by system memory bandwidth");
        }
        List<HostFit> fleetFits = fleet.stream().map(h -> {
            MemoryEstimate e = fit.estimate(entry, h, options);
            return new HostFit(h.hostId(), CompatibilityScore.of(e, h.hardware()), FitView.of(h.hostId(), e));
        }).toList();
        return new Compatibility(score, hardware, warnings, recommendations, performanceText(estimate, host),
                estimate.decode().expectedTokensPerSecond() == null ? "unknown" : "estimated", null,
                FitView.of(host.hostId(), estimate), limits, remedies, fleetFits, estimate);
    }

    /**
     * The same assessment with the host's benchmarked speed ahead of the bandwidth estimate: a real measurement
     * replaces the estimate in the performance text; an emulated one is shown as emulated and the estimate stays.
     */
    Compatibility withBenchmark(Compatibility c, MeasuredSpeed speed) {
        if (speed == null) {
            return c;
        }
        String text = c.performanceEstimate();
        String basis = c.speedBasis();
        String figure = String.format(Locale.ROOT, "%.1f", speed.decodeTokensPerSecond()) + " tokens/s " + speed.basis() + " (" + speed.model()
                + " at num_ctx " + speed.numCtx() + ", Ollama " + speed.ollamaVersion() + ", " + speed.measuredAt() + ")";
        if (speed.measured()) {
            int cut = text.indexOf("; ");
            text = (cut < 0 ? text : text.substring(0, cut)) + "; " + figure;
            basis = MeasuredSpeed.MEASURED;
        } else {
            text = text + "; the emulator gave " + figure + ", not a measurement";
        }
        return new Compatibility(c.compatibilityScore(), c.hardwareCompatibility(), c.warnings(), c.recommendations(),
                text, basis, speed, c.fit(), c.contextLimits(), c.whatWouldMakeItFit(), c.fleet(), c.estimate());
    }

    /** Largest num_ctx (multiple of 256) that still runs at all, and that stays fully on GPU. */
    public ContextLimits contextLimits(CatalogEntry entry, KnownHost host, EstimateOptions options) {
        long trained = entry.spec().architecture().contextLength() > 0 ? entry.spec().architecture().contextLength() : 131_072;
        Long any = largestContext(entry, host, options, trained, p -> p != Placement.DOES_NOT_FIT);
        Long fullGpu = host.hardware().hasGpu() ? largestContext(entry, host, options, trained, p -> p == Placement.FULL_GPU) : null;
        return new ContextLimits(trained, any, fullGpu);
    }

    private Long largestContext(CatalogEntry entry, KnownHost host, EstimateOptions options, long trained,
            Predicate<Placement> accepted) {
        if (!accepted.test(fit.estimate(entry, host, options.withNumCtx(MIN_CONTEXT)).placement())) {
            return null;
        }
        long low = MIN_CONTEXT / 256;
        long high = trained / 256;
        if (accepted.test(fit.estimate(entry, host, options.withNumCtx(high * 256)).placement())) {
            return high * 256;
        }
        while (high - low > 1) {
            long middle = (low + high) / 2;
            if (accepted.test(fit.estimate(entry, host, options.withNumCtx(middle * 256)).placement())) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return low * 256;
    }

    private List<Remedy> remedies(CatalogEntry entry, KnownHost host, EstimateOptions options, MemoryEstimate current,
            List<KnownHost> fleet, ContextLimits limits) {
        Placement goal = host.hardware().hasGpu() ? Placement.FULL_GPU : Placement.CPU_ONLY;
        List<Remedy> remedies = new ArrayList<>();
        String quantization = Optional.ofNullable(entry.facts().quantization()).orElse("").toUpperCase(Locale.ROOT);
        int currentRank = SMALLER_QUANTIZATIONS.indexOf(quantization);
        for (String candidate : SMALLER_QUANTIZATIONS) {
            boolean smaller = currentRank < 0 ? !candidate.equals(quantization) : SMALLER_QUANTIZATIONS.indexOf(candidate) > currentRank;
            if (!smaller || !SynthesizedWeights.canRequantize(entry.spec(), candidate)) {
                continue;
            }
            MemoryEstimate estimate = fit.estimate(entry, host, options.withQuantization(candidate));
            if (reaches(estimate.placement(), goal)) {
                remedies.add(new Remedy("smaller_quantization", "use " + candidate + " instead of " + quantization,
                        FitView.of(host.hostId(), estimate)));
                break;
            }
        }
        Long contextGoal = goal == Placement.FULL_GPU ? limits.maxContextFullGpu() : limits.maxContext();
        if (contextGoal != null && contextGoal < current.effectiveNumCtx()) {
            MemoryEstimate estimate = fit.estimate(entry, host, options.withNumCtx(contextGoal));
            remedies.add(new Remedy("smaller_context", "set num_ctx to " + contextGoal + " (now " + current.effectiveNumCtx() + ")",
                    FitView.of(host.hostId(), estimate)));
        }
        for (KvCacheType kv : List.of(KvCacheType.Q8_0, KvCacheType.Q4_0)) {
            if (kv.estimatorBytes() >= current.kvCacheType().estimatorBytes()) {
                continue;
            }
            MemoryEstimate estimate = fit.estimate(entry, host, options.withKvCacheType(kv));
            if (reaches(estimate.placement(), goal)) {
                remedies.add(new Remedy("quantized_kv_cache", "set OLLAMA_KV_CACHE_TYPE=" + kv.wireName()
                        + " (with OLLAMA_FLASH_ATTENTION=1)", FitView.of(host.hostId(), estimate)));
                break;
            }
        }
        fleet.stream().filter(h -> !h.hostId().equals(host.hostId()))
                .map(h -> Map.entry(h, fit.estimate(entry, h, options)))
                .filter(e -> e.getValue().placement() == Placement.FULL_GPU)
                .max(Comparator.comparing(e -> Optional.ofNullable(e.getValue().decode().expectedTokensPerSecond()).orElse(0.0)))
                .ifPresent(e -> remedies.add(new Remedy("another_host", "run it on " + e.getKey().hostId() + " ("
                        + e.getValue().processor() + ")", FitView.of(e.getKey().hostId(), e.getValue()))));
        return remedies;
    }

    private static boolean reaches(Placement placement, Placement goal) {
        return goal == Placement.FULL_GPU ? placement == Placement.FULL_GPU : placement != Placement.DOES_NOT_FIT;
    }

    private static HardwareCompatibility hardware(MemoryEstimate estimate, KnownHost host) {
        String memory = estimate.placement() == Placement.DOES_NOT_FIT ? "insufficient" : "compatible";
        String gpu = !host.hardware().hasGpu() ? "not_available" : switch (estimate.placement()) {
            case FULL_GPU -> "compatible";
            case PARTIAL_OFFLOAD -> "partial";
            default -> "insufficient";
        };
        return new HardwareCompatibility(memory, gpu, "compatible");
    }

    private static String performanceText(MemoryEstimate estimate, KnownHost host) {
        Double tps = estimate.decode().expectedTokensPerSecond();
        String speed = tps == null ? "speed unknown (memory bandwidth not reported)" : "about " + Math.round(tps) + " tokens/s expected";
        return switch (estimate.placement()) {
            case FULL_GPU -> "Runs fully on GPU (" + estimate.processor() + "); " + speed;
            case PARTIAL_OFFLOAD -> "Runs with partial offload (" + estimate.processor() + "); " + speed;
            case CPU_ONLY -> "Runs on CPU only; " + speed;
            case DOES_NOT_FIT -> "Does not fit on " + host.hostId() + ": needs " + FitView.of(host.hostId(), estimate).systemMemoryGb()
                    + " GB of system memory beyond the GPU";
        };
    }

    public record HardwareCompatibility(String memory, String gpu, String cpu) {
    }

    /**
     * @param trainedContext the model's trained context, the upper bound searched
     * @param maxContext largest num_ctx that runs at all, null when even 512 tokens do not fit
     * @param maxContextFullGpu largest num_ctx fully on GPU, null without GPU or when 512 tokens do not fit
     */
    public record ContextLimits(long trainedContext, Long maxContext, Long maxContextFullGpu) {
    }

    /** @param kind smaller_quantization, smaller_context, quantized_kv_cache or another_host */
    public record Remedy(String kind, String description, FitView result) {
    }

    public record HostFit(String hostId, double compatibilityScore, FitView fit) {
    }

    /**
     * @param speedBasis {@code measured} (a benchmark on the host), {@code estimated} (memory bandwidth) or {@code unknown}
     * @param benchmark the host's benchmark of the model (measured or emulated), null when there is none
     */
    public record Compatibility(double compatibilityScore, HardwareCompatibility hardwareCompatibility, List<String> warnings,
            List<String> recommendations, String performanceEstimate, String speedBasis, MeasuredSpeed benchmark, FitView fit,
            ContextLimits contextLimits, List<Remedy> whatWouldMakeItFit, List<HostFit> fleet, MemoryEstimate estimate) {
    }
}
