package io.oeml.estimator.memory;

/** KV cache per layer (estimator bytes) and the two compute-graph sizes of {@code GraphSize} (docs/ollama.md §5.3–5.4). */
record KvAndGraph(long[] kvPerLayer, long graphPartial, long graphFull, String kvBasis, String graphBasis) {

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
