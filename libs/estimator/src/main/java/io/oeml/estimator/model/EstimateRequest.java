package io.oeml.estimator.model;

/**
 * What to estimate: a model loaded with these options on this hardware under one era's rules. Built by
 * {@link EstimateOptions#request} from options a caller may leave unset, or directly with every option given.
 *
 * @param numCtx per-slot context; capped at the trained context when known
 * @param numBatch Ollama's num_batch (512 default)
 * @param numGpu -1 lets Ollama choose; 0..n forces at most that many layers on GPU
 */
public record EstimateRequest(
        ModelSpec model,
        long numCtx,
        int numParallel,
        int numBatch,
        KvCacheType kvCacheType,
        int numGpu,
        Era era,
        HostHardware host) {

    public static EstimateRequest of(ModelSpec model, long numCtx, int numParallel, KvCacheType kvCacheType, Era era,
            HostHardware host) {
        return new EstimateRequest(model, numCtx, numParallel, EstimateOptions.DEFAULT_NUM_BATCH, kvCacheType,
                EstimateOptions.AUTO_NUM_GPU, era, host);
    }
}
