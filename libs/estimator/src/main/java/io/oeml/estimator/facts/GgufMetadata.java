package io.oeml.estimator.facts;

import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;

import io.oeml.estimator.InvalidModelFactException;
import io.oeml.estimator.model.Architecture;

/**
 * Architecture facts from GGUF metadata key/values as {@code /api/show} returns them in {@code model_info} (and
 * gguf-parser prints them): {@code general.architecture}, then {@code <arch>.block_count},
 * {@code <arch>.embedding_length}, {@code <arch>.attention.head_count} (max over layers when per layer),
 * {@code <arch>.attention.head_count_kv} (min positive over layers), {@code <arch>.attention.key_length},
 * {@code <arch>.attention.value_length}, {@code <arch>.vocab_size} (else the length of {@code tokenizer.ggml.tokens}),
 * {@code <arch>.feed_forward_length}, {@code <arch>.expert_count}, {@code <arch>.expert_used_count},
 * {@code <arch>.attention.sliding_window}, {@code <arch>.context_length} (docs/ollama.md §5.1). Absent keys are
 * unknown (0); other keys are ignored.
 */
public final class GgufMetadata {

    public static final String ARCHITECTURE_KEY = "general.architecture";
    public static final String PARAMETER_COUNT_KEY = "general.parameter_count";

    private GgufMetadata() {
    }

    /** @throws InvalidModelFactException when a known key holds something other than whole non-negative numbers */
    public static Architecture architecture(Map<String, ?> metadata) {
        Object name = metadata.get(ARCHITECTURE_KEY);
        if (name != null && !(name instanceof String)) {
            throw new InvalidModelFactException(ARCHITECTURE_KEY, "must be a string such as llama or qwen2");
        }
        String arch = name == null ? null : ((String) name).strip();
        String prefix = arch + ".";
        long vocab = number(metadata, prefix + "vocab_size", Math::max);
        if (vocab == 0 && metadata.get("tokenizer.ggml.tokens") instanceof List<?> tokens) {
            vocab = tokens.size();
        }
        return new Architecture(arch, (int) Math.min(Integer.MAX_VALUE, number(metadata, prefix + "block_count", Math::max)),
                number(metadata, prefix + "embedding_length", Math::max),
                number(metadata, prefix + "attention.head_count", Math::max),
                number(metadata, prefix + "attention.head_count_kv", GgufMetadata::minPositive),
                number(metadata, prefix + "attention.key_length", Math::max),
                number(metadata, prefix + "attention.value_length", Math::max), vocab,
                number(metadata, prefix + "feed_forward_length", Math::max),
                (int) Math.min(Integer.MAX_VALUE, number(metadata, prefix + "expert_count", Math::max)),
                (int) Math.min(Integer.MAX_VALUE, number(metadata, prefix + "expert_used_count", Math::max)),
                number(metadata, prefix + "attention.sliding_window", Math::max),
                number(metadata, prefix + "context_length", Math::max));
    }

    /** {@code general.parameter_count}, null when absent. */
    public static Long parameterCount(Map<String, ?> metadata) {
        return metadata.containsKey(PARAMETER_COUNT_KEY) ? number(metadata, PARAMETER_COUNT_KEY, Math::max) : null;
    }

    /** A scalar, or a per-layer array reduced to one value; 0 when absent. */
    private static long number(Map<String, ?> metadata, String key, BinaryOperator<Long> reduce) {
        Object value = metadata.get(key);
        if (value == null) {
            return 0;
        }
        if (value instanceof List<?> perLayer) {
            Long reduced = null;
            for (Object layer : perLayer) {
                long number = whole(key, layer);
                reduced = reduced == null ? number : reduce.apply(reduced, number);
            }
            return reduced == null ? 0 : reduced;
        }
        return whole(key, value);
    }

    private static long whole(String key, Object value) {
        if (!(value instanceof Number number) || number.doubleValue() != Math.floor(number.doubleValue())
                || Double.isInfinite(number.doubleValue())) {
            throw new InvalidModelFactException(key, "must be a whole number or an array of whole numbers");
        }
        if (number.doubleValue() < 0 || number.doubleValue() > Long.MAX_VALUE) {
            throw new InvalidModelFactException(key, "must not be negative");
        }
        return number.longValue();
    }

    /** Layers without KV heads (0) do not lower the count: Hkv is the smallest positive one. */
    private static Long minPositive(Long a, Long b) {
        if (a == 0) {
            return b;
        }
        return b == 0 ? a : Math.min(a, b);
    }
}
