package io.oeml.estimator.inputs.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.oeml.estimator.model.Architecture;
import io.oeml.estimator.model.GgmlType;
import io.oeml.estimator.model.ModelWeights;
import io.oeml.estimator.model.TensorInfo;
import io.oeml.estimator.weights.TensorWeights;
import io.oeml.ollama.client.model.ShowResponse;

/**
 * What the estimator needs to know about one model, as far as it is known: a catalog row's figures or what a host's
 * {@code /api/show} answered ({@link #fromShow}). Unknown numbers are null, never zero; {@link ModelSpecs} turns the
 * figures into the estimator's {@code ModelSpec}.
 *
 * @param architecture {@code general.architecture}, e.g. llama, gemma3
 * @param headDim the attention key length, or embedding_length / head_count when the model declares none
 * @param kvBytesPerTokenF16 f16 KV bytes per token over all layers, when the dimensions are not known one by one
 * @param tiedEmbeddings the model has no output.weight (its token embedding is the output layer)
 * @param capabilities Ollama's capability names (completion, vision, embedding ...)
 * @param tensorWeights exact weight bytes by layer from the tensor list, null when no tensors are known
 */
public record ModelFigures(
        String name,
        String architecture,
        String quantization,
        Long parameterCount,
        Long activeParameterCount,
        Long downloadSizeBytes,
        Long contextLength,
        Integer blockCount,
        Long embeddingLength,
        Long headCount,
        Long headCountKv,
        Long headDim,
        Long vocabSize,
        Long feedForwardLength,
        Integer expertCount,
        Integer expertUsedCount,
        Long slidingWindow,
        Long kvBytesPerTokenF16,
        boolean tiedEmbeddings,
        List<String> capabilities,
        ModelWeights tensorWeights) {

    public ModelFigures {
        capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
    }

    /**
     * The figures a host's {@code /api/show} gives ({@code model_info}, {@code details}, {@code capabilities},
     * {@code tensors}); the parameter count only from {@code general.parameter_count}.
     *
     * @param downloadSizeBytes the {@code /api/tags} size, null when not known
     */
    public static ModelFigures fromShow(String name, Long downloadSizeBytes, ShowResponse show) {
        Integer blocks = toInt(show.info(".block_count"));
        Long embedding = show.info(".embedding_length");
        Long heads = maxOf(show, ".attention.head_count");
        Long headsKv = minPositiveOf(show, ".attention.head_count_kv");
        Long keyLength = show.info(".attention.key_length");
        Long headDim = keyLength != null ? keyLength : heads != null && heads > 0 && embedding != null ? embedding / heads : null;
        Long kvPerToken = blocks != null && headsKv != null && headDim != null ? 2L * blocks * headsKv * headDim * 2 : null;
        String quantization = show.details() == null ? null : show.details().quantizationLevel();
        return new ModelFigures(name, show.architecture(), quantization, show.info("general.parameter_count"), null,
                downloadSizeBytes, show.info(".context_length"), blocks, embedding, heads, headsKv, headDim,
                vocabSize(show), show.info(".feed_forward_length"), toInt(show.info(".expert_count")),
                toInt(show.info(".expert_used_count")), show.info(".attention.sliding_window"), kvPerToken, false,
                List.copyOf(capabilities(show)), weights(show, blocks));
    }

    /** The dimensions as the estimator's architecture, unknown ones 0; key and value length are both the head dim. */
    public Architecture toArchitecture() {
        long dim = value(headDim);
        return new Architecture(architecture, blockCount == null ? 0 : blockCount, value(embeddingLength),
                value(headCount), value(headCountKv), dim, dim, value(vocabSize), value(feedForwardLength),
                expertCount == null ? 0 : expertCount, expertUsedCount == null ? 0 : expertUsedCount,
                value(slidingWindow), value(contextLength));
    }

    public boolean hasCapability(String capability) {
        return capabilities.stream().anyMatch(capability::equalsIgnoreCase);
    }

    /** Ollama's capabilities, plus vision when a projector or a vision tower is described, embedding for a pooler. */
    private static Set<String> capabilities(ShowResponse show) {
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

    private static Integer toInt(Long value) {
        return value == null ? null : value.intValue();
    }

    private static long value(Number number) {
        return number == null ? 0 : number.longValue();
    }
}
