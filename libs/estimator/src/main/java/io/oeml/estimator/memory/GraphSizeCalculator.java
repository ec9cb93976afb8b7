package io.oeml.estimator.memory;

import io.oeml.estimator.model.Architecture;
import io.oeml.estimator.model.KvCacheType;
import io.oeml.estimator.model.ModelSpec;

/**
 * Ollama's {@code GraphSize} (fs/ggml/ggml.go@v0.12.10) as documented in docs/ollama.md §5.3–5.4: KV cache per layer and the
 * compute-graph buffer for full and partial offload. Bytes per KV element are Ollama's (q8_0 = 1, q4_0 = 0.5).
 */
final class GraphSizeCalculator {

    private GraphSizeCalculator() {
    }

    /**
     * @param context per-slot context (already capped)
     * @param batch min(context, num_batch)
     */
    static KvAndGraph compute(ModelSpec model, long context, long batch, int parallel, KvCacheType kvType) {
        Architecture arch = model.architecture();
        long cells = context * parallel;
        long[] kv = kvPerLayer(model, cells, batch, parallel, kvType);
        String kvBasis = arch.hasKvDimensions()
                ? "Ct·(dk+dv)·Hkv·bpe per layer, bpe=" + kvType.estimatorBytes()
                : model.kvBytesPerTokenF16() > 0 ? "catalog kv_cache_bytes_per_token_f16 scaled to " + kvType.wireName()
                        : "unknown (no KV dimensions in the model facts): counted as 0";
        long kvTotal = 0;
        for (long layer : kv) {
            kvTotal += layer;
        }
        if (!arch.hasGraphDimensions()) {
            long fallback = fallbackGraph(arch, kvTotal);
            return new KvAndGraph(kv, fallback, fallback, fallback, kvBasis, "Hq/Hkv·KV/6 (architecture dimensions incomplete)");
        }
        long e = arch.embeddingLength();
        long v = arch.vocabSize();
        long hq = arch.headCount();
        long hkv = Math.max(1, arch.headCountKv());
        long eh = arch.embeddingPerHead();
        long dk = arch.effectiveKeyLength();
        long c = cells;
        long b = batch;
        String name = arch.name() == null ? "" : arch.name();
        switch (name) {
            case "llama", "llama4" -> {
                long full = Math.max(4 * b * (1 + 4 * e + c * (1 + hq)), 4 * b * (e + v));
                long partial = 4 * b * e + Math.max(
                        4 * b * (1 + e + Math.max(c, e)) + e * e * 9 / 16 + 4 * c * (b * hq + eh * hkv),
                        4 * b * (e + v) + e * v * 105 / 128);
                return new KvAndGraph(kv, partial, full, full, kvBasis, "GraphSize llama");
            }
            case "qwen2", "qwen25vl" -> {
                long full = Math.max(4 * b * (e + v), 4 * b * (1 + 2 * e + c + c * hq));
                long partial = Math.max(4 * b * (e + v) + e * v * 105 / 128, 4 * (b * (1 + 2 * e + c * (1 + hq)) + e * (1 + c)));
                return new KvAndGraph(kv, partial, full, full, kvBasis, "GraphSize qwen2");
            }
            case "gemma", "gemma2", "gemma3", "gemma3n" -> {
                long full = Math.max(4 * b * (e + v), 4 * b * (2 + c + c * hq + 2 * e + 2 * dk * hq));
                long partial = Math.max(4 * e * b + e * v * 105 / 128 + 4 * v * b,
                        4 * b * (2 * e + 1 + 2 * dk * hq + c + c * hq) + 4 * dk * c * 8 + e * dk * hq * 9 / 16);
                // Ollama engine, flash attention on: no KQ scores (c·Hq) and logits for the outputs only (no V term)
                long ollamaEngine = 4 * b * (2 + c + 2 * e + 2 * dk * hq);
                if (name.equals("gemma3n")) {
                    full *= 4;
                    partial *= 4;
                    ollamaEngine *= 4;
                }
                return new KvAndGraph(kv, partial, full, ollamaEngine, kvBasis, "GraphSize gemma");
            }
            case "command-r" -> {
                long full = Math.max(4 * b * (e + v), 4 * b * (2 + 4 * e + c * (1 + hq)));
                long partial = Math.max(4 * b * (e + v) + e * v * 105 / 128,
                        4 * b * (1 + 2 * e + c * (1 + hq)) + 4 * e * c + e * e * 9 / 16);
                return new KvAndGraph(kv, partial, full, full, kvBasis, "GraphSize command-r");
            }
            default -> {
                long fallback = fallbackGraph(arch, kvTotal);
                return new KvAndGraph(kv, fallback, fallback, fallback, kvBasis, "GraphSize default: Hq/Hkv·KV/6");
            }
        }
    }

    private static long fallbackGraph(Architecture arch, long kvTotal) {
        long hkv = Math.max(1, arch.headCountKv());
        long gqa = arch.headCount() > 0 ? arch.headCount() / hkv : 1;
        return gqa * kvTotal / 6;
    }

    private static long[] kvPerLayer(ModelSpec model, long cells, long batch, int parallel, KvCacheType kvType) {
        Architecture arch = model.architecture();
        int layers = Math.max(arch.blockCount(), model.weights().layerCount());
        long[] kv = new long[layers];
        if (arch.hasKvDimensions()) {
            long perCell = (arch.effectiveKeyLength() + arch.effectiveValueLength()) * arch.headCountKv();
            for (int i = 0; i < layers; i++) {
                long layerCells = cellsForLayer(arch, i, cells, batch, parallel);
                kv[i] = (long) (layerCells * perCell * kvType.estimatorBytes());
            }
        } else if (model.kvBytesPerTokenF16() > 0 && layers > 0) {
            double perLayerToken = (double) model.kvBytesPerTokenF16() / layers / 2.0 * kvType.estimatorBytes();
            for (int i = 0; i < layers; i++) {
                kv[i] = (long) (cells * perLayerToken);
            }
        }
        return kv;
    }

    /** Sliding-window layers keep only P·window + B cells (gemma3: 5 of 6 layers; gpt-oss: even layers). */
    private static long cellsForLayer(Architecture arch, int layer, long cells, long batch, int parallel) {
        if (arch.slidingWindow() <= 0) {
            return cells;
        }
        boolean sliding = switch (arch.name()) {
            case "gemma3" -> (layer + 1) % 6 != 0;
            case "gptoss" -> layer % 2 == 0;
            default -> false;
        };
        return sliding ? Math.min(cells, parallel * arch.slidingWindow() + batch) : cells;
    }
}
