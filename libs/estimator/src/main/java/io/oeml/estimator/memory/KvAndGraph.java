package io.oeml.estimator.memory;

/**
 * KV cache per layer (estimator bytes), the two compute-graph sizes of {@code GraphSize} (docs/ollama.md §5.3–5.4) and
 * the CPU graph of an era B Ollama-engine runner ({@code graphOllamaEngine}: the gemma formula without the KQ-score and
 * vocabulary terms, checked against v0.24.0; for other architectures no better basis than the full-offload graph).
 */
record KvAndGraph(long[] kvPerLayer, long graphPartial, long graphFull, long graphOllamaEngine, String kvBasis,
        String graphBasis) {

    long kvTotal() {
        long total = 0;
        for (long layer : kvPerLayer) {
            total += layer;
        }
        return total;
    }

    long kv(int layer) {
        return layer < kvPerLayer.length ? kvPerLayer[layer] : 0;
    }
}
