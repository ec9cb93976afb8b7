package io.oeml.optimizer.space;

import java.util.List;
import java.util.stream.IntStream;

import io.oeml.evaluation.suite.ModelType;
import io.oeml.optimizer.search.space.FloatParameter;
import io.oeml.optimizer.search.space.IntParameter;

/**
 * The sampling ranges searched for each {@code model_type}, and its num_ctx choices before the host bounds them.
 * Code and analysis want repeatable answers (low temperature, a narrow nucleus); creative writing wants variety
 * (high temperature, a wide top_k, searched on a log scale). Analysis reads long documents, so its contexts go
 * highest.
 *
 * @param numCtx powers of two, ascending
 */
public record ModelTypeRanges(FloatParameter temperature, FloatParameter topP, IntParameter topK, FloatParameter minP,
                              FloatParameter repeatPenalty, List<Integer> numCtx) {

    /** num_batch is searched on a log scale over the same range for every type: it changes prefill speed only. */
    public static final IntParameter NUM_BATCH = new IntParameter("num_batch", 64, 2048, true);

    public ModelTypeRanges {
        numCtx = List.copyOf(numCtx);
    }

    public static ModelTypeRanges of(ModelType type) {
        return switch (type) {
            case GENERAL -> ranges(0.1, 1.2, 0.5, 1.0, 10, 100, 0.2, 1.3, 2048, 32768);
            case CODE -> ranges(0.0, 0.4, 0.7, 1.0, 10, 60, 0.1, 1.1, 4096, 65536);
            case CREATIVE -> ranges(0.7, 1.6, 0.8, 1.0, 40, 200, 0.15, 1.3, 2048, 32768);
            case ANALYSIS -> ranges(0.0, 0.7, 0.6, 1.0, 10, 80, 0.1, 1.2, 4096, 131072);
        };
    }

    // min_p and repeat_penalty start at their "off" values (0 and 1), so the search may switch them off.
    private static ModelTypeRanges ranges(double tempLow, double tempHigh, double topPLow, double topPHigh, int topKLow,
            int topKHigh, double minPHigh, double repeatPenaltyHigh, int ctxLow, int ctxHigh) {
        return new ModelTypeRanges(
                new FloatParameter("temperature", tempLow, tempHigh, false),
                new FloatParameter("top_p", topPLow, topPHigh, false),
                new IntParameter("top_k", topKLow, topKHigh, true),
                new FloatParameter("min_p", 0.0, minPHigh, false),
                new FloatParameter("repeat_penalty", 1.0, repeatPenaltyHigh, false),
                IntStream.iterate(ctxLow, ctx -> ctx <= ctxHigh, ctx -> ctx * 2).boxed().toList());
    }
}
