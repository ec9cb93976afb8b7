package io.oeml.estimator.model;

/**
 * The GGUF metadata the memory formulas need (docs/ollama.md §5.1). Dimensions that are unknown are 0.
 *
 * @param name {@code general.architecture}, e.g. llama, qwen2, gemma3
 * @param blockCount L, transformer layers
 * @param embeddingLength E
 * @param headCount Hq (max over layers)
 * @param headCountKv Hkv (min over layers)
 * @param keyLength dk, defaults to E/Hq when 0
 * @param valueLength dv, defaults to E/Hq when 0
 * @param vocabSize V
 * @param feedForwardLength FFN width (per expert for MoE)
 * @param expertCount routed experts, 0 for dense models
 * @param expertUsedCount experts per token, 0 for dense models
 * @param slidingWindow SWA window in tokens, 0 when every layer attends to the full context
 * @param contextLength trained context, caps num_ctx; 0 when unknown
 */
public record Architecture(
        String name,
        int blockCount,
        long embeddingLength,
        long headCount,
        long headCountKv,
        long keyLength,
        long valueLength,
        long vocabSize,
        long feedForwardLength,
        int expertCount,
        int expertUsedCount,
        long slidingWindow,
        long contextLength) {

    public long effectiveKeyLength() {
        return keyLength > 0 ? keyLength : headDimFallback();
    }

    public long effectiveValueLength() {
        return valueLength > 0 ? valueLength : headDimFallback();
    }

    /** E/Hq, the "embeddingHeads" of the graph formulas. */
    public long embeddingPerHead() {
        return headCount > 0 ? embeddingLength / headCount : 0;
    }

    /** True when E, Hq and V are known, which every graph formula needs. */
    public boolean hasGraphDimensions() {
        return embeddingLength > 0 && headCount > 0 && vocabSize > 0;
    }

    /** True when the per-layer KV cache can be computed from the dimensions. */
    public boolean hasKvDimensions() {
        return blockCount > 0 && headCountKv > 0 && effectiveKeyLength() > 0 && effectiveValueLength() > 0;
    }

    private long headDimFallback() {
        return headCount > 0 ? embeddingLength / headCount : 0;
    }
}
