package io.oeml.library.benchmark.service;

import java.util.List;
import java.util.Optional;

import io.oeml.library.benchmark.BenchmarkRun;
import io.oeml.library.catalog.model.CatalogEntry;

/** The latest benchmarks of one host, looked up by catalog model; what recommendations and compatibility use. */
public final class HostSpeeds {

    public static final HostSpeeds NONE = new HostSpeeds(List.of());

    private final List<BenchmarkRun> runs;

    HostSpeeds(List<BenchmarkRun> runs) {
        this.runs = List.copyOf(runs);
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

    public boolean anyMeasured() {
        return runs.stream().anyMatch(r -> !r.emulated);
    }
}
