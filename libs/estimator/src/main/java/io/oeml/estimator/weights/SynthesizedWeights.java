package io.oeml.estimator.weights;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.oeml.estimator.MissingArchitectureFactsException;
import io.oeml.estimator.UnsupportedQuantizationException;
import io.oeml.estimator.model.Architecture;
import io.oeml.estimator.model.GgmlType;
import io.oeml.estimator.model.ModelSpec;
import io.oeml.estimator.model.ModelWeights;

/**
 * Weight bytes rebuilt from architecture facts when no tensor list is at hand: tensor shapes of a standard decoder
 * block, quantized with llama.cpp's {@code llama_tensor_get_type} rules for the file type (docs/ollama.md §5.2):
 * Q4_K_M gives {@code attn_v} and {@code ffn_down} Q6_K where {@code use_more_bits} holds and the output Q6_K;
 * Q4_0 keeps the output Q6_K; rows not divisible by 256 fall back from K-quants (Q4_K→Q5_0, Q6_K→Q8_0);
 * norms and biases stay F32.
 */
public final class SynthesizedWeights {

    /** Decoder architectures ({@code general.architecture}) whose tensor shapes this class knows. */
    public static final Set<String> ARCHITECTURES = Set.of("llama", "qwen2", "qwen3", "qwen3moe", "gemma2", "gemma3",
            "phi3", "starcoder2", "qwen25vl");
    /** Ollama file types (quantization levels) by the GGUF type of their bulk weights. */
    private static final Map<String, GgmlType> BASE_TYPES = baseTypes();

    private SynthesizedWeights() {
    }

    /** The quantizations whose layout can be rebuilt, as Ollama names them ({@code Q4_K_M}, {@code Q8_0}, ...). */
    public static List<String> quantizations() {
        return List.copyOf(BASE_TYPES.keySet());
    }

    public static boolean supports(String quantization) {
        return baseType(quantization) != null;
    }

    /** True when the facts are enough to rebuild the tensors. */
    public static boolean canSynthesize(Architecture arch, String quantization) {
        return missingFacts(arch).isEmpty() && supports(quantization);
    }

    /**
     * The facts a rebuild still needs, by their GGUF metadata names; empty when the tensors can be rebuilt. An
     * architecture not in {@link #ARCHITECTURES} needs its {@code tensors} instead.
     */
    public static List<String> missingFacts(Architecture arch) {
        if (!ARCHITECTURES.contains(String.valueOf(arch.name()))) {
            return List.of("tensors");
        }
        List<String> missing = new ArrayList<>();
        addIfUnknown(missing, "block_count", arch.blockCount());
        addIfUnknown(missing, "embedding_length", arch.embeddingLength());
        addIfUnknown(missing, "head_count", arch.headCount());
        addIfUnknown(missing, "head_count_kv", arch.headCountKv());
        addIfUnknown(missing, "vocab_size", arch.vocabSize());
        addIfUnknown(missing, "feed_forward_length", arch.feedForwardLength());
        return missing;
    }

    /** Gemma ships without {@code output.weight}: its token embedding always doubles as the output layer. */
    public static boolean alwaysTied(Architecture arch) {
        return String.valueOf(arch.name()).startsWith("gemma");
    }

    /** True when {@link #withQuantization} can give the model at that quantization. */
    public static boolean canRequantize(ModelSpec model, String quantization) {
        return isSameQuantization(model, quantization) || canSynthesize(model.architecture(), quantization);
    }

    /**
     * The same model at another quantization: its tensors rebuilt for that file type, with the model's own tied or
     * untied output layer and its projector weights kept. A null quantization, or the model's own, gives the model.
     *
     * @throws UnsupportedQuantizationException for a file type whose layout is not known
     * @throws MissingArchitectureFactsException when the facts are not enough to rebuild the tensors
     */
    public static ModelSpec withQuantization(ModelSpec model, String quantization) {
        if (isSameQuantization(model, quantization)) {
            return model;
        }
        if (!supports(quantization)) {
            throw new UnsupportedQuantizationException(quantization, quantizations());
        }
        Architecture arch = model.architecture();
        List<String> missing = missingFacts(arch);
        if (!missing.isEmpty()) {
            throw new MissingArchitectureFactsException(model.name(), arch.name(), missing);
        }
        boolean tied = model.weights().tokenEmbeddingBytes() == 0;
        ModelWeights weights = synthesize(arch, quantization, tied);
        long projector = model.weights().projectorBytes();
        if (projector > 0) {
            weights = new ModelWeights(weights.layerBytes(), weights.outputBytes(), weights.tokenEmbeddingBytes(),
                    projector, weights.source());
        }
        return new ModelSpec(model.name(), quantization.toUpperCase(Locale.ROOT), arch, weights, model.parameterCount(),
                model.activeParameterCount(), model.kvBytesPerTokenF16());
    }

    private static boolean isSameQuantization(ModelSpec model, String quantization) {
        return quantization == null || quantization.equalsIgnoreCase(String.valueOf(model.quantization()));
    }

    private static void addIfUnknown(List<String> missing, String name, long value) {
        if (value <= 0) {
            missing.add(name);
        }
    }

    public static ModelWeights synthesize(Architecture arch, String quantization, boolean tiedEmbeddings) {
        String ftype = quantization.toUpperCase(Locale.ROOT);
        GgmlType base = baseType(ftype);
        long e = arch.embeddingLength();
        long qDim = arch.headCount() * arch.effectiveKeyLength();
        long kDim = arch.headCountKv() * arch.effectiveKeyLength();
        long vDim = arch.headCountKv() * arch.effectiveValueLength();
        long oIn = arch.headCount() * arch.effectiveValueLength();
        long ff = arch.feedForwardLength();
        int layers = arch.blockCount();
        int experts = Math.max(1, arch.expertCount());
        boolean gated = !"starcoder2".equals(arch.name());
        long[] layerBytes = new long[layers];
        for (int i = 0; i < layers; i++) {
            boolean moreBits = ("Q4_K_M".equals(ftype) || "Q5_K_M".equals(ftype)) && useMoreBits(i, layers);
            GgmlType vType = moreBits ? GgmlType.Q6_K : base;
            GgmlType downType = moreBits ? GgmlType.Q6_K : base;
            long bytes = tensor(base, e, qDim) + tensor(base, e, kDim) + tensor(vType, e, vDim) + tensor(base, oIn, e);
            long ffnIn = (gated ? 2 : 1) * tensor(base, e, ff);
            long ffnDown = tensor(downType, ff, e);
            bytes += experts * (ffnIn + ffnDown);
            if (arch.expertCount() > 0) {
                bytes += GgmlType.F32.bytes(e * arch.expertCount());
            }
            bytes += GgmlType.F32.bytes(2 * e);
            bytes += GgmlType.F32.bytes(extraF32PerLayer(arch, qDim, kDim, vDim));
            layerBytes[i] = bytes;
        }
        GgmlType outputType = switch (ftype) {
            case "F16", "BF16", "F32", "Q8_0" -> base;
            default -> GgmlType.Q6_K;
        };
        long outputNorm = GgmlType.F32.bytes(e);
        // tied embeddings: token_embd doubles as the output layer and takes the output's type
        long outputLayer = tensor(outputType, e, arch.vocabSize()) + outputNorm;
        long tokenEmbedding = tiedEmbeddings ? 0 : tensor(base, e, arch.vocabSize());
        return new ModelWeights(layerBytes, outputLayer, tokenEmbedding, 0, "synthesized");
    }

    /** Biases and per-head norms some architectures add, in F32 elements per layer. */
    private static long extraF32PerLayer(Architecture arch, long qDim, long kDim, long vDim) {
        String name = arch.name() == null ? "" : arch.name();
        return switch (name) {
            case "qwen2", "qwen25vl" -> qDim + kDim + vDim;
            case "qwen3", "qwen3moe" -> 2 * arch.effectiveKeyLength();
            case "gemma2", "gemma3" -> 2 * arch.embeddingLength() + (name.equals("gemma3") ? 2 * arch.effectiveKeyLength() : 0);
            default -> 0;
        };
    }

    /** A weight matrix with rows of {@code rowLength} elements; K-quants need rows divisible by 256. */
    private static long tensor(GgmlType type, long rowLength, long rows) {
        GgmlType effective = type;
        if (rowLength % type.blockSize() != 0) {
            effective = switch (type) {
                case Q4_K, Q2_K, Q3_K -> GgmlType.Q5_0;
                case Q5_K -> GgmlType.Q5_1;
                case Q6_K -> GgmlType.Q8_0;
                default -> GgmlType.F16;
            };
        }
        return effective.bytes(rowLength * rows);
    }

    /** llama.cpp {@code use_more_bits}: first and last eighth of the layers and every third one between. */
    static boolean useMoreBits(int layer, int layers) {
        return layer < layers / 8 || layer >= 7 * layers / 8 || (layer - layers / 8) % 3 == 2;
    }

    private static GgmlType baseType(String quantization) {
        return quantization == null ? null : BASE_TYPES.get(quantization.trim().toUpperCase(Locale.ROOT));
    }

    private static Map<String, GgmlType> baseTypes() {
        Map<String, GgmlType> types = new LinkedHashMap<>();
        types.put("Q4_K_M", GgmlType.Q4_K);
        types.put("Q4_K_S", GgmlType.Q4_K);
        types.put("Q5_K_M", GgmlType.Q5_K);
        types.put("Q5_K_S", GgmlType.Q5_K);
        types.put("Q6_K", GgmlType.Q6_K);
        types.put("Q3_K_M", GgmlType.Q3_K);
        types.put("Q3_K_S", GgmlType.Q3_K);
        types.put("Q3_K_L", GgmlType.Q3_K);
        types.put("Q2_K", GgmlType.Q2_K);
        types.put("Q4_0", GgmlType.Q4_0);
        types.put("Q4_1", GgmlType.Q4_1);
        types.put("Q5_0", GgmlType.Q5_0);
        types.put("Q5_1", GgmlType.Q5_1);
        types.put("Q8_0", GgmlType.Q8_0);
        types.put("F16", GgmlType.F16);
        types.put("BF16", GgmlType.BF16);
        types.put("F32", GgmlType.F32);
        return Collections.unmodifiableMap(types);
    }

    /** Approximate weights when only the download size is known: the file spread evenly over the layers. */
    public static ModelWeights fromDownloadSize(long fileBytes, int blockCount) {
        int layers = Math.max(1, blockCount);
        long[] layerBytes = new long[layers];
        Arrays.fill(layerBytes, fileBytes / layers);
        return new ModelWeights(layerBytes, 0, 0, 0, "download_size");
    }
}
