package io.oeml.estimator.model;

/**
 * Load options of an estimate; null fields take the server's settings when known, else Ollama's defaults (num_ctx
 * 4096, one slot, f16 KV, num_batch 512, num_gpu chosen by Ollama) and era C (current Ollama) when the server's
 * version is unknown.
 *
 * @param quantization the quantization to estimate, null for the model's own
 * @param numGpu layers on GPU: -1 lets the era's rules choose, 0 keeps the model on CPU, n caps the layers at n
 */
public record EstimateOptions(String quantization, Long numCtx, KvCacheType kvCacheType, Integer numParallel,
        Integer numBatch, Integer numGpu, Era era) {

    public static final long DEFAULT_NUM_CTX = 4096;
    public static final int DEFAULT_NUM_BATCH = 512;
    /** Ollama's {@code num_gpu} for "as many layers as fit". */
    public static final int AUTO_NUM_GPU = -1;

    public static EstimateOptions defaults() {
        return new EstimateOptions(null, null, null, null, null, null, null);
    }

    public EstimateOptions withNumCtx(long value) {
        return new EstimateOptions(quantization, value, kvCacheType, numParallel, numBatch, numGpu, era);
    }

    public EstimateOptions withKvCacheType(KvCacheType value) {
        return new EstimateOptions(quantization, numCtx, value, numParallel, numBatch, numGpu, era);
    }

    public EstimateOptions withQuantization(String value) {
        return new EstimateOptions(value, numCtx, kvCacheType, numParallel, numBatch, numGpu, era);
    }

    /** Fills the unset options from the server's settings, then from Ollama's defaults. */
    public EstimateOptions resolvedFor(ServerSettings server) {
        long ctx = numCtx != null ? numCtx : server.contextLength() != null ? server.contextLength() : DEFAULT_NUM_CTX;
        KvCacheType kv = kvCacheType != null ? kvCacheType : server.kvCacheType() != null ? server.kvCacheType() : KvCacheType.F16;
        int parallel = numParallel != null ? numParallel : server.numParallel() != null ? server.numParallel() : 1;
        int batch = numBatch != null ? numBatch : DEFAULT_NUM_BATCH;
        int gpu = numGpu != null ? numGpu : AUTO_NUM_GPU;
        Era resolvedEra = era != null ? era : server.era() != null ? server.era() : Era.C;
        return new EstimateOptions(quantization, ctx, kv, parallel, batch, gpu, resolvedEra);
    }

    /** The estimator's input for a model on a host, the options resolved for the host's server first. */
    public EstimateRequest request(ModelSpec model, HostHardware host, ServerSettings server) {
        EstimateOptions resolved = resolvedFor(server);
        return new EstimateRequest(model, resolved.numCtx(), resolved.numParallel(), resolved.numBatch(),
                resolved.kvCacheType(), resolved.numGpu(), resolved.era(), host);
    }
}
