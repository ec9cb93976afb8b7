package io.oeml.estimator.facts;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.oeml.estimator.InvalidModelFactException;
import io.oeml.estimator.model.Architecture;
import io.oeml.estimator.model.TensorInfo;

/**
 * Upper bounds on facts given by a caller, each well above the largest published model's (405B llama: 126 layers,
 * E 16384, 128 heads, vocab 128256; 10M-token contexts; 256 experts) so that no real model is refused while the
 * estimator's per-layer arrays and byte products stay small and free of overflow.
 */
final class FactLimits {

    static final long MAX_LAYERS = 1024;
    static final long MAX_EMBEDDING = 1L << 20;
    static final long MAX_HEADS = 1L << 14;
    static final long MAX_HEAD_DIM = 1L << 14;
    static final long MAX_VOCAB = 1L << 24;
    static final long MAX_FEED_FORWARD = 1L << 22;
    static final long MAX_EXPERTS = 1L << 12;
    static final long MAX_CONTEXT = 1L << 27;
    static final long MAX_FILE_BYTES = 1L << 45;
    static final long MAX_PARAMETERS = 1L << 44;
    static final long MAX_TENSOR_ELEMENTS = 1L << 40;
    private static final Pattern BLOCK = Pattern.compile("^blk\\.(\\d{1,9})\\.");

    private FactLimits() {
    }

    static void check(Architecture arch) {
        atMost("block_count", (long) arch.blockCount(), MAX_LAYERS);
        atMost("embedding_length", arch.embeddingLength(), MAX_EMBEDDING);
        atMost("head_count", arch.headCount(), MAX_HEADS);
        atMost("head_count_kv", arch.headCountKv(), arch.headCount() > 0 ? arch.headCount() : MAX_HEADS);
        atMost("key_length", arch.keyLength(), MAX_HEAD_DIM);
        atMost("value_length", arch.valueLength(), MAX_HEAD_DIM);
        atMost("vocab_size", arch.vocabSize(), MAX_VOCAB);
        atMost("feed_forward_length", arch.feedForwardLength(), MAX_FEED_FORWARD);
        atMost("expert_count", (long) arch.expertCount(), MAX_EXPERTS);
        atMost("expert_used_count", (long) arch.expertUsedCount(), arch.expertCount());
        atMost("sliding_window", arch.slidingWindow(), MAX_CONTEXT);
        atMost("context_length", arch.contextLength(), MAX_CONTEXT);
    }

    /** Tensor shapes and the layer a tensor's name puts it in ({@code blk.N.}) within the same bounds. */
    static void check(List<TensorInfo> tensors) {
        for (TensorInfo tensor : tensors) {
            Matcher block = BLOCK.matcher(tensor.name());
            if (block.find()) {
                atMost("tensors[" + tensor.name() + "] layer", Long.parseLong(block.group(1)), MAX_LAYERS - 1);
            } else if (tensor.name().startsWith("blk.")) {
                throw new InvalidModelFactException("tensors[" + tensor.name() + "]", "must name its layer as blk.<n>.");
            }
            long elements = 1;
            for (long dim : tensor.shape()) {
                if (dim <= 0 || dim > MAX_TENSOR_ELEMENTS || elements > MAX_TENSOR_ELEMENTS / dim) {
                    throw new InvalidModelFactException("tensors[" + tensor.name() + "].shape",
                            "must be positive dimensions of at most " + MAX_TENSOR_ELEMENTS + " elements in all");
                }
                elements *= dim;
            }
        }
    }

    static void atMost(String fact, Long value, long max) {
        if (value != null && (value < 0 || value > max)) {
            throw new InvalidModelFactException(fact, "must be between 0 and " + max + " (got " + value + ")");
        }
    }
}
