package io.oeml.optimizer.space;

import java.util.List;

import io.oeml.estimator.memory.MemoryEstimator;
import io.oeml.estimator.model.EstimateOptions;
import io.oeml.estimator.model.EstimateRequest;
import io.oeml.estimator.model.MemoryEstimate;
import io.oeml.estimator.model.Placement;

/**
 * What fits one host, by libs/estimator's estimate under the host's era, KV cache type and slot count: the num_ctx
 * choices that load at all, and the GPU layers that fit at the largest of them, so that every combination of the two
 * fits. Estimated at Ollama's default num_batch (512): the estimator's compute buffer is era A's formula, which
 * ignores flash attention and grows with context × batch (8.9 GB for a 1B llama at 32K × 2048), so estimating at
 * the largest searched batch would rule out GPUs that load such a model in practice.
 */
final class ResourceBounds {

    private ResourceBounds() {
    }

    /** The candidates Ollama would not cap: at most the model's trained context (all of them when it is unknown). */
    static List<Integer> withinTrainedContext(List<Integer> candidates, HostModelFacts facts) {
        long trained = facts.model().architecture().contextLength();
        return candidates.stream().filter(ctx -> trained <= 0 || ctx <= trained).toList();
    }

    /** The candidates whose estimate is not {@link Placement#DOES_NOT_FIT}. */
    static List<Integer> fitting(List<Integer> candidates, HostModelFacts facts) {
        return candidates.stream().filter(ctx -> estimate(facts, ctx).placement() != Placement.DOES_NOT_FIT).toList();
    }

    /** Layers Ollama's own choice would put on GPU at this context: the most num_gpu may ask for. */
    static int gpuLayers(HostModelFacts facts, int numCtx) {
        return estimate(facts, numCtx).layers().onGpu();
    }

    private static MemoryEstimate estimate(HostModelFacts facts, int numCtx) {
        return MemoryEstimator.estimate(new EstimateRequest(facts.model(), numCtx, facts.numParallel(), EstimateOptions.DEFAULT_NUM_BATCH,
                facts.kvCacheType(), EstimateOptions.AUTO_NUM_GPU, facts.era(), facts.hardware()));
    }
}
