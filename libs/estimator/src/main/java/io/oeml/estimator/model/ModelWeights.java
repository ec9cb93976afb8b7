package io.oeml.estimator.model;

import java.util.Arrays;

/**
 * Weight bytes grouped the way Ollama groups tensors (docs/ollama.md §5.2): one entry per repeating layer {@code blk.N},
 * the output layer ({@code output} + {@code output_norm}, or tied {@code token_embd}), the input embeddings (kept on CPU)
 * and vision projector weights.
 *
 * @param source how the bytes were obtained: {@code tensors} (exact, from /api/show), {@code synthesized} (tensor
 *               shapes rebuilt from architecture facts and llama.cpp's quantization rules) or {@code download_size}
 *               (file size spread evenly over the layers; approximate)
 */
public record ModelWeights(
        long[] layerBytes,
        long outputBytes,
        long tokenEmbeddingBytes,
        long projectorBytes,
        String source) {

    public long repeatingBytes() {
        return Arrays.stream(layerBytes).sum();
    }

    /** Every tensor: what the GGUF file holds apart from metadata. */
    public long totalBytes() {
        return repeatingBytes() + outputBytes + tokenEmbeddingBytes + projectorBytes;
    }

    public int layerCount() {
        return layerBytes.length;
    }

    public long layer(int index) {
        return layerBytes[index];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelWeights that && Arrays.equals(layerBytes, that.layerBytes)
                && outputBytes == that.outputBytes && tokenEmbeddingBytes == that.tokenEmbeddingBytes
                && projectorBytes == that.projectorBytes && source.equals(that.source);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(layerBytes) + Long.hashCode(totalBytes());
    }

    @Override
    public String toString() {
        return "ModelWeights[layers=" + layerBytes.length + ", repeating=" + repeatingBytes() + ", output=" + outputBytes
                + ", tokenEmbedding=" + tokenEmbeddingBytes + ", projector=" + projectorBytes + ", source=" + source + "]";
    }
}
