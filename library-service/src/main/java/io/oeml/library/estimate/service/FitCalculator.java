package io.oeml.library.estimate.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.estimator.memory.MemoryEstimator;
import io.oeml.estimator.model.EstimateOptions;
import io.oeml.estimator.model.MemoryEstimate;
import io.oeml.estimator.model.ModelSpec;
import io.oeml.estimator.weights.SynthesizedWeights;
import io.oeml.library.catalog.model.CatalogEntry;
import io.oeml.library.fleet.service.KnownHost;

/**
 * The adapter from this service's models and hosts to the estimator: a catalog entry (at the requested quantization)
 * or a described model on a known host, the unset options taken from the host's Ollama settings. Synchronous CPU
 * work: callers on a request path run it off the event loop.
 */
@ApplicationScoped
public class FitCalculator {

    /** @throws io.oeml.estimator.EstimateException when the entry cannot be estimated at the requested quantization */
    public MemoryEstimate estimate(CatalogEntry entry, KnownHost host, EstimateOptions options) {
        return estimate(SynthesizedWeights.withQuantization(entry.spec(), options.quantization()), host, options);
    }

    public MemoryEstimate estimate(ModelSpec model, KnownHost host, EstimateOptions options) {
        return MemoryEstimator.estimate(options.request(model, host.hardware(), host.server()));
    }
}
