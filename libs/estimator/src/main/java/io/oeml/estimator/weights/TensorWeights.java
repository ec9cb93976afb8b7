package io.oeml.estimator.weights;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.oeml.estimator.model.ModelWeights;
import io.oeml.estimator.model.TensorInfo;

/** Exact weight bytes grouped by layer from {@code /api/show} tensors (docs/ollama.md §5.2). */
public final class TensorWeights {

    private static final Pattern BLOCK = Pattern.compile("^blk\\.(\\d+)\\.");

    private TensorWeights() {
    }

    public static ModelWeights group(List<TensorInfo> tensors, int blockCount) {
        int layers = blockCount;
        for (TensorInfo tensor : tensors) {
            Matcher matcher = BLOCK.matcher(tensor.name());
            if (matcher.find()) {
                layers = Math.max(layers, Integer.parseInt(matcher.group(1)) + 1);
            }
        }
        long[] layerBytes = new long[layers];
        long output = 0;
        long outputNorm = 0;
        long tokenEmbedding = 0;
        long projector = 0;
        for (TensorInfo tensor : tensors) {
            String name = tensor.name();
            Matcher matcher = BLOCK.matcher(name);
            if (matcher.find()) {
                layerBytes[Integer.parseInt(matcher.group(1))] += tensor.bytes();
            } else if (name.startsWith("output_norm")) {
                outputNorm += tensor.bytes();
            } else if (name.startsWith("output.")) {
                output += tensor.bytes();
            } else if (name.startsWith("token_embd")) {
                tokenEmbedding += tensor.bytes();
            } else if (name.startsWith("v.") || name.startsWith("mm.")) {
                projector += tensor.bytes();
            }
        }
        // tied embeddings: without output.weight the token embedding doubles as the output layer
        long outputLayer = output > 0 ? output + outputNorm : outputNorm + tokenEmbedding;
        long inputEmbedding = output > 0 ? tokenEmbedding : 0;
        return new ModelWeights(layerBytes, outputLayer, inputEmbedding, projector, "tensors");
    }
}
