package io.oeml.library.catalog.service;

import java.util.ArrayList;
import java.util.List;

import io.oeml.estimator.inputs.model.ModelSpecs;
import io.oeml.estimator.memory.MemoryEstimator;
import io.oeml.estimator.model.Era;
import io.oeml.estimator.model.EstimateRequest;
import io.oeml.estimator.model.GpuDevice;
import io.oeml.estimator.model.HostHardware;
import io.oeml.estimator.model.KvCacheType;
import io.oeml.estimator.model.ModelSpec;
import io.oeml.library.catalog.model.CatalogEntry;
import io.oeml.library.catalog.model.ModelFacts;
import io.oeml.library.catalog.model.SizeClass;

/** Derives a {@link CatalogEntry} (categories, scores, estimator input, memory requirement) from a model's facts. */
public final class CatalogEntryFactory {

    /** An unconstrained GPU: the memory requirement is the full-offload size, whatever the fleet has. */
    private static final HostHardware UNCONSTRAINED = new HostHardware("reference", List.of(
            new GpuDevice("reference", "cuda", 1L << 40, 1L << 40, null)), 1L << 40, 1L << 40, null, 0);

    private CatalogEntryFactory() {
    }

    public static CatalogEntry create(ModelFacts facts) {
        List<String> notes = new ArrayList<>();
        // libs/estimator-inputs: the same derivation optimizer-service uses for a model a host's /api/show describes
        ModelSpec spec = ModelSpecs.spec(facts.figures(), notes);
        long memory = MemoryEstimator.estimate(EstimateRequest.of(spec, CatalogEntry.REFERENCE_NUM_CTX, 1, KvCacheType.F16,
                Era.A, UNCONSTRAINED)).sizeBytes();
        return new CatalogEntry(facts, Categorizer.categorize(facts), CategoryScorer.scores(facts),
                SizeClass.of(facts.parameterCount() == null ? 0 : facts.parameterCount()), spec, memory, notes);
    }
}
