package io.oeml.ollama.emulator.model;

import java.util.List;

/**
 * Architecture facts of one model. For seeded models every value is copied from the catalog
 * (library-service/src/main/resources/catalog/models.csv, see seed-models.json); for models created from an uploaded GGUF they come from its metadata. A null field
 * means "not known", never zero.
 */
public record ModelSpec(
        String architecture,
        Double parameterCountB,
        String quantization,
        Integer contextLength,
        Integer blockCount,
        Integer embeddingLength,
        Integer headCount,
        Integer headCountKv,
        Integer headDim,
        Integer vocabSize,
        Integer feedForwardLength,
        Long kvBytesPerTokenF16,
        List<String> capabilities,
        String license,
        boolean tiedEmbeddings,
        Double mmlu,
        Double gsm8k,
        Double humaneval) {

    public long parameterCount() {
        return parameterCountB == null ? 0 : Math.round(parameterCountB * 1e9);
    }

    public int blocks() {
        return blockCount == null ? 1 : blockCount;
    }

    public int embedding() {
        return embeddingLength == null ? 0 : embeddingLength;
    }

    public int vocab() {
        return vocabSize == null ? 0 : vocabSize;
    }

    public int headDimension() {
        if (headDim != null) {
            return headDim;
        }
        return headCount == null || headCount == 0 || embeddingLength == null ? 0 : embeddingLength / headCount;
    }

    /** f16 KV bytes per token of context over all layers: 2 (K,V) × L × Hkv × head_dim × 2 bytes. */
    public long kvBytesPerToken() {
        if (kvBytesPerTokenF16 != null) {
            return kvBytesPerTokenF16;
        }
        if (blockCount == null || headCountKv == null) {
            return 0;
        }
        return 2L * blockCount * headCountKv * headDimension() * 2L;
    }

    public boolean has(String capability) {
        return capabilities != null && capabilities.contains(capability);
    }

    public ModelSpec withQuantization(String q) {
        return new ModelSpec(architecture, parameterCountB, q, contextLength, blockCount, embeddingLength, headCount,
                headCountKv, headDim, vocabSize, feedForwardLength, kvBytesPerTokenF16, capabilities, license,
                tiedEmbeddings, mmlu, gsm8k, humaneval);
    }

    public ModelSpec withCapabilities(List<String> caps) {
        return new ModelSpec(architecture, parameterCountB, quantization, contextLength, blockCount, embeddingLength,
                headCount, headCountKv, headDim, vocabSize, feedForwardLength, kvBytesPerTokenF16, caps, license,
                tiedEmbeddings, mmlu, gsm8k, humaneval);
    }

    /** Human parameter size the way Ollama's details show it, e.g. "8.0B", "135M". */
    public String parameterSize() {
        if (parameterCountB == null) {
            return "";
        }
        double b = parameterCountB;
        if (b >= 1) {
            return String.format(java.util.Locale.ROOT, "%.1fB", b);
        }
        return String.format(java.util.Locale.ROOT, "%.0fM", b * 1000);
    }
}
