package io.oeml.library.benchmark.service;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.oeml.library.benchmark.BenchmarkRun;
import io.oeml.library.benchmark.OptimizerResult;
import io.oeml.library.catalog.model.CatalogEntry;

/**
 * What was measured on one host, looked up by catalog model: the latest benchmarks of the hardware agent and the
 * latest optimizer results. What recommendations, comparisons and compatibility use.
 */
public final class HostMeasurements {

    public static final HostMeasurements NONE = new HostMeasurements(List.of(), List.of());

    private final List<BenchmarkRun> runs;
    private final List<OptimizerResult> sessions;

    HostMeasurements(List<BenchmarkRun> runs, List<OptimizerResult> sessions) {
        this.runs = List.copyOf(runs);
        this.sessions = List.copyOf(sessions);
    }

    /** The run that best stands for the catalog model on this host ({@link BenchmarkResults#best}), if any. */
    public Optional<MeasuredSpeed> of(CatalogEntry entry, long numCtx) {
        return BenchmarkResults.best(runs.stream().filter(r -> BenchmarkedModel.is(r.model, r.modelDigest, entry)).toList(),
                numCtx).map(MeasuredSpeed::of);
    }

    /** Only a real measurement: an emulated run's figures are modelled and rank nothing. */
    public Optional<MeasuredSpeed> measured(CatalogEntry entry, long numCtx) {
        return of(entry, numCtx).filter(MeasuredSpeed::measured);
    }

    /**
     * The optimizer result that best stands for the catalog model on this host: one measured with the evaluation suite
     * of {@code modelType} first (null: any), then the newest.
     */
    public Optional<MeasuredPerformance> performance(CatalogEntry entry, String modelType) {
        return sessions.stream().filter(s -> BenchmarkedModel.is(s.model, null, entry))
                .min(Comparator.<OptimizerResult, Boolean>comparing(
                                s -> modelType != null && !Objects.equals(s.modelType, modelType))
                        .thenComparing(s -> s.finishedAt, Comparator.reverseOrder()))
                .map(MeasuredPerformance::of);
    }

    /** Any real measurement of decode speed on the host: a benchmark's or an optimizer session's. */
    public boolean anyMeasured() {
        return !sessions.isEmpty() || runs.stream().anyMatch(r -> !r.emulated);
    }
}
