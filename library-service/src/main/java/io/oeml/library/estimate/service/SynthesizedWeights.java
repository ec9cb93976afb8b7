package io.oeml.library.estimate.service;

import java.util.Arrays;
import java.util.Locale;

import io.oeml.library.estimate.model.Architecture;
import io.oeml.library.estimate.model.GgmlType;
import io.oeml.library.estimate.model.ModelWeights;

/**
 * Weight bytes rebuilt from architecture facts when no tensor list is at hand: tensor shapes of a standard decoder
 * block, quantized with llama.cpp's {@code llama_tensor_get_type} rules for the file type (docs/ollama.md §5.2):
 * Q4_K_M gives {@code attn_v} and {@code ffn_down} Q6_K where {@code use_more_bits} holds and the output Q6_K;
 * Q4_0 keeps the output Q6_K; rows not divisible by 256 fall back from K-quants (Q4_K→Q5_0, Q6_K→Q8_0);
 * norms and biases stay F32.
 */
public final class SynthesizedWeights {

    private SynthesizedWeights() {
    }

    /** True when the facts are enough to rebuild the tensors. */
    public static boolean canSynthesize(Architecture arch, String quantization) {
        return arch.blockCount() > 0 && arch.embeddingLength() > 0 && arch.headCount() > 0 && arch.headCountKv() > 0
                && arch.vocabSize() > 0 && arch.feedForwardLength() > 0 && baseType(quantization) != null;
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
        if (quantization == null) {
            return null;
        }
        return switch (quantization.toUpperCase(Locale.ROOT)) {
            case "Q4_K_M", "Q4_K_S" -> GgmlType.Q4_K;
            case "Q5_K_M", "Q5_K_S" -> GgmlType.Q5_K;
            case "Q6_K" -> GgmlType.Q6_K;
            case "Q3_K_M", "Q3_K_S", "Q3_K_L" -> GgmlType.Q3_K;
            case "Q2_K" -> GgmlType.Q2_K;
            case "Q4_0" -> GgmlType.Q4_0;
            case "Q4_1" -> GgmlType.Q4_1;
            case "Q5_0" -> GgmlType.Q5_0;
            case "Q5_1" -> GgmlType.Q5_1;
            case "Q8_0" -> GgmlType.Q8_0;
            case "F16" -> GgmlType.F16;
            case "BF16" -> GgmlType.BF16;
            case "F32" -> GgmlType.F32;
            default -> null;
        };
    }

    /** Approximate weights when only the download size is known: the file spread evenly over the layers. */
    public static ModelWeights fromDownloadSize(long fileBytes, int blockCount) {
        int layers = Math.max(1, blockCount);
        long[] layerBytes = new long[layers];
        Arrays.fill(layerBytes, fileBytes / layers);
        return new ModelWeights(layerBytes, 0, 0, 0, "download_size");
    }
}
