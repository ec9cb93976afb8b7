package io.oeml.library.discovery.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.oeml.estimator.model.GgmlType;
import io.oeml.estimator.model.ModelWeights;
import io.oeml.estimator.model.TensorInfo;
import io.oeml.estimator.weights.TensorWeights;
import io.oeml.library.catalog.model.Fact;
import io.oeml.library.catalog.model.ModelFacts;
import io.oeml.library.catalog.model.ParameterCount;
import io.oeml.ollama.client.model.ModelSummary;
import io.oeml.ollama.client.model.ShowResponse;

/**
 * A model installed on a host, as facts read from its {@code /api/tags} entry and {@code /api/show} answer
 * ({@code model_info}, {@code details}, {@code capabilities}, {@code tensors}); each fact names the key it came from.
 */
public final class ShowFacts {

    private ShowFacts() {
    }

    public static ModelFacts from(String hostId, ModelSummary summary, ShowResponse show) {
        String name = summary.name();
        String where = "ollama /api/show on " + hostId + ": ";
        String arch = show.architecture();
        List<Fact> facts = new ArrayList<>();
        Long parameters = show.info("general.parameter_count");
        if (parameters == null && show.details() != null) {
            parameters = ParameterCount.parse(show.details().parameterSize());
        }
        Integer blocks = toInt(show.info(".block_count"));
        Long embedding = show.info(".embedding_length");
        Long heads = maxOf(show, ".attention.head_count");
        Long headsKv = minPositiveOf(show, ".attention.head_count_kv");
        Long keyLength = show.info(".attention.key_length");
        Long context = show.info(".context_length");
        Long ffn = show.info(".feed_forward_length");
        Integer experts = toInt(show.info(".expert_count"));
        Integer expertsUsed = toInt(show.info(".expert_used_count"));
        Long vocab = vocabSize(show);
        Long slidingWindow = show.info(".attention.sliding_window");
        String quantization = show.details() == null ? null : show.details().quantizationLevel();
        Long headDim = keyLength != null ? keyLength : heads != null && heads > 0 && embedding != null ? embedding / heads : null;
        Long kvPerToken = blocks != null && headsKv != null && headDim != null ? 2L * blocks * headsKv * headDim * 2 : null;

        add(facts, "architecture", arch, where + "model_info.general.architecture");
        add(facts, "parameter_count", parameters, where + "model_info.general.parameter_count");
        add(facts, "default_quantization", quantization, where + "details.quantization_level");
        add(facts, "download_size_bytes", summary.size(), "ollama /api/tags on " + hostId + ": size");
        add(facts, "digest", summary.digest(), "ollama /api/tags on " + hostId + ": digest");
        add(facts, "context_length", context, where + "model_info." + arch + ".context_length");
        add(facts, "block_count", blocks, where + "model_info." + arch + ".block_count");
        add(facts, "embedding_length", embedding, where + "model_info." + arch + ".embedding_length");
        add(facts, "head_count", heads, where + "model_info." + arch + ".attention.head_count");
        add(facts, "head_count_kv", headsKv, where + "model_info." + arch + ".attention.head_count_kv");
        add(facts, "head_dim", headDim, keyLength != null ? where + "model_info." + arch + ".attention.key_length"
                : "computed: embedding_length / head_count");
        add(facts, "vocab_size", vocab, where + "tensors token_embd.weight shape");
        add(facts, "feed_forward_length", ffn, where + "model_info." + arch + ".feed_forward_length");
        add(facts, "sliding_window", slidingWindow, where + "model_info." + arch + ".attention.sliding_window");
        add(facts, "expert_count", experts, where + "model_info." + arch + ".expert_count");
        add(facts, "kv_cache_bytes_per_token_f16", kvPerToken, "computed: 2 · block_count · head_count_kv · head_dim · 2 bytes");
        Set<String> capabilities = capabilities(show);
        add(facts, "capabilities", List.copyOf(capabilities), where + "capabilities (vision also from projector_info)");
        String license = firstLine(show.license());
        add(facts, "license", license, where + "license");
        ModelWeights weights = weights(show, blocks);
        if (weights != null) {
            add(facts, "weights_bytes", weights.totalBytes(), where + "tensors (" + show.tensors().size() + " tensors)");
        }
        String family = show.details() != null && show.details().family() != null ? show.details().family() : arch;
        String tag = name.contains(":") ? name.substring(name.indexOf(':') + 1) : "latest";
        String base = name.contains(":") ? name.substring(0, name.indexOf(':')) : name;
        String description = "discovered on " + hostId + ": " + family + " " + (show.details() == null ? ""
                : show.details().parameterSize() + " " + quantization);
        return new ModelFacts(name, base, tag, "discovered", description.trim(), arch, parameters, null, quantization,
                summary.size(), context, blocks, embedding, heads, headsKv, headDim, vocab, ffn, experts, expertsUsed,
                kvPerToken, false, license, List.copyOf(capabilities), List.of(), Map.of(), null, facts, weights, slidingWindow);
    }

    /** Ollama's capabilities, plus vision when a projector or a vision tower is described. */
    static Set<String> capabilities(ShowResponse show) {
        Set<String> capabilities = new LinkedHashSet<>(show.capabilities());
        boolean projector = show.projectorInfo() != null && !show.projectorInfo().isEmpty();
        boolean visionTower = show.modelInfo().keySet().stream().anyMatch(k -> k.contains(".vision.block_count"));
        if (projector || visionTower) {
            capabilities.add("vision");
        }
        if (show.modelInfo().keySet().stream().anyMatch(k -> k.endsWith(".pooling_type"))) {
            capabilities.add("embedding");
        }
        return capabilities;
    }

    private static ModelWeights weights(ShowResponse show, Integer blocks) {
        if (show.tensors().isEmpty()) {
            return null;
        }
        try {
            List<TensorInfo> tensors = show.tensors().stream()
                    .map(t -> new TensorInfo(t.name(), GgmlType.parse(t.type()), t.shape())).toList();
            return TensorWeights.group(tensors, blocks == null ? 0 : blocks);
        } catch (IllegalArgumentException unknownType) {
            // a tensor type this estimator does not know: fall back to the architecture facts
            return null;
        }
    }

    private static Long vocabSize(ShowResponse show) {
        Long declared = show.info(".vocab_size");
        if (declared != null) {
            return declared;
        }
        return show.tensors().stream().filter(t -> t.name().equals("token_embd.weight") && t.shape().size() == 2)
                .map(t -> t.shape().get(1)).findFirst().orElse(null);
    }

    /** Head counts may be a scalar or a per-layer array. */
    private static Long maxOf(ShowResponse show, String key) {
        Object value = show.modelInfo().get(show.architecture() + key);
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value instanceof List<?> list) {
            return list.stream().filter(Number.class::isInstance).mapToLong(v -> ((Number) v).longValue()).max().stream()
                    .boxed().findFirst().orElse(null);
        }
        return null;
    }

    private static Long minPositiveOf(ShowResponse show, String key) {
        Object value = show.modelInfo().get(show.architecture() + key);
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value instanceof List<?> list) {
            return list.stream().filter(Number.class::isInstance).mapToLong(v -> ((Number) v).longValue()).filter(v -> v > 0)
                    .min().stream().boxed().findFirst().orElse(null);
        }
        return null;
    }

    private static String firstLine(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String line = text.strip().lines().findFirst().orElse("").strip();
        return line.length() > 120 ? line.substring(0, 120) : line;
    }

    private static Integer toInt(Long value) {
        return value == null ? null : value.intValue();
    }

    private static void add(List<Fact> facts, String name, Object value, String source) {
        if (value != null) {
            facts.add(new Fact(name, value, source));
        }
    }
}
