package io.oeml.library.estimate.model;

/**
 * What to estimate: a model loaded with these options on this hardware under one era's rules.
 *
 * @param numCtx per-slot context; capped at the trained context when known
 * @param numBatch Ollama's num_batch (512 default)
 * @param numGpu -1 lets Ollama choose; 0..n forces that many layers on GPU
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

    public static final int DEFAULT_NUM_BATCH = 512;

    public static EstimateRequest of(ModelSpec model, long numCtx, int numParallel, KvCacheType kvCacheType, Era era,
            HostHardware host) {
        return new EstimateRequest(model, numCtx, numParallel, DEFAULT_NUM_BATCH, kvCacheType, -1, era, host);
    }
}
