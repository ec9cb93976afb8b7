package io.oeml.library.estimate.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.errors.ApiException;
import io.oeml.library.catalog.model.CatalogEntry;
import io.oeml.library.catalog.service.CatalogEntryFactory;
import io.oeml.library.estimate.model.EstimateOptions;
import io.oeml.library.estimate.model.EstimateRequest;
import io.oeml.library.estimate.model.KnownHost;
import io.oeml.library.estimate.model.MemoryEstimate;
import io.oeml.library.estimate.model.ModelSpec;

/** Estimates a catalog model on a host with options, filling unset options from the host. */
@ApplicationScoped
public class FitCalculator {

    public MemoryEstimate estimate(CatalogEntry entry, KnownHost host, EstimateOptions options) {
        EstimateOptions resolved = options.resolvedFor(host);
        ModelSpec spec = CatalogEntryFactory.specWithQuantization(entry, resolved.quantization())
                .orElseThrow(() -> ApiException.badParameter("quantization", "'" + resolved.quantization()
                        + "' cannot be estimated for " + entry.name() + ": its architecture facts are incomplete"));
        return MemoryEstimator.estimate(new EstimateRequest(spec, resolved.numCtx(), resolved.numParallel(),
                EstimateRequest.DEFAULT_NUM_BATCH, resolved.kvCacheType(), -1, resolved.era(), host.hardware()));
    }
}
