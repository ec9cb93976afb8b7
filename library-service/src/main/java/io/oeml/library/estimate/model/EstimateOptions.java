package io.oeml.library.estimate.model;

/**
 * Load options of an estimate; null fields take the host's Ollama settings when known, else Ollama's defaults
 * (num_ctx 4096, one slot, f16 KV) and era C (current Ollama) when the host's version is unknown.
 */
public record EstimateOptions(String quantization, Long numCtx, KvCacheType kvCacheType, Integer numParallel, Era era) {

    public static final long DEFAULT_NUM_CTX = 4096;

    public static EstimateOptions defaults() {
        return new EstimateOptions(null, null, null, null, null);
    }

    public EstimateOptions withNumCtx(long value) {
        return new EstimateOptions(quantization, value, kvCacheType, numParallel, era);
    }

    public EstimateOptions withKvCacheType(KvCacheType value) {
        return new EstimateOptions(quantization, numCtx, value, numParallel, era);
    }

    public EstimateOptions withQuantization(String value) {
        return new EstimateOptions(value, numCtx, kvCacheType, numParallel, era);
    }

    /** Fills the unset options from the host. */
    public EstimateOptions resolvedFor(KnownHost host) {
        long ctx = numCtx != null ? numCtx : host.contextLength() != null ? host.contextLength() : DEFAULT_NUM_CTX;
        KvCacheType kv = kvCacheType != null ? kvCacheType : host.kvCacheType() != null ? host.kvCacheType() : KvCacheType.F16;
        int parallel = numParallel != null ? numParallel : host.numParallel() != null ? host.numParallel() : 1;
        Era resolvedEra = era != null ? era : host.era() != null ? host.era() : Era.C;
        return new EstimateOptions(quantization, ctx, kv, parallel, resolvedEra);
    }
}
