package io.oeml.estimator.inputs.model;

import java.util.List;

import io.oeml.estimator.model.Architecture;
import io.oeml.estimator.model.ModelSpec;
import io.oeml.estimator.model.ModelWeights;
import io.oeml.estimator.weights.SynthesizedWeights;

/**
 * A model's {@link ModelFigures} as the estimator's {@link ModelSpec}, with the most exact weights the figures allow:
 * the tensors, else tensor shapes rebuilt for the quantization, else the download size spread over the layers.
 */
public final class ModelSpecs {

    private ModelSpecs() {
    }

    /** @param notes receives what was inferred or is unknown, for the caller to show beside its figures */
    public static ModelSpec spec(ModelFigures figures, List<String> notes) {
        Architecture arch = figures.toArchitecture();
        String quantization = figures.quantization();
        ModelWeights weights;
        if (figures.tensorWeights() != null) {
            weights = figures.tensorWeights();
        } else if (SynthesizedWeights.canSynthesize(arch, quantization)) {
            weights = withProjector(figures, synthesize(figures, arch, quantization, notes), notes);
        } else if (figures.downloadSizeBytes() != null) {
            weights = SynthesizedWeights.fromDownloadSize(figures.downloadSizeBytes(), arch.blockCount());
            notes.add("weights from the download size (" + figures.downloadSizeBytes() / 1e9
                    + " GB): architecture facts are not enough to rebuild the tensors");
        } else {
            weights = SynthesizedWeights.fromDownloadSize(0, arch.blockCount());
            notes.add("weights unknown: no architecture facts and no download size");
        }
        if (!arch.hasKvDimensions() && value(figures.kvBytesPerTokenF16()) == 0) {
            notes.add("KV cache unknown (no KV dimensions in the facts): memory figures are a lower bound");
        }
        long parameters = value(figures.parameterCount());
        long active = figures.activeParameterCount() == null ? parameters : figures.activeParameterCount();
        return new ModelSpec(figures.name(), quantization, arch, weights, parameters, active,
                value(figures.kvBytesPerTokenF16()));
    }

    /**
     * Gemma ships without output.weight and some rows say so for others; otherwise tied embeddings are inferred when
     * only the tied layout comes within 5 % of the download size.
     */
    private static ModelWeights synthesize(ModelFigures figures, Architecture arch, String quantization,
            List<String> notes) {
        if (figures.tiedEmbeddings() || SynthesizedWeights.alwaysTied(arch)) {
            return SynthesizedWeights.synthesize(arch, quantization, true);
        }
        ModelWeights untied = SynthesizedWeights.synthesize(arch, quantization, false);
        if (figures.downloadSizeBytes() == null || withinFivePercent(untied, figures.downloadSizeBytes())) {
            return untied;
        }
        ModelWeights tied = SynthesizedWeights.synthesize(arch, quantization, true);
        if (withinFivePercent(tied, figures.downloadSizeBytes())) {
            notes.add("tied embeddings inferred: only the tied layout matches the download size");
            return tied;
        }
        return untied;
    }

    private static boolean withinFivePercent(ModelWeights weights, long downloadBytes) {
        return Math.abs(weights.totalBytes() / (double) downloadBytes - 1) <= 0.05;
    }

    /**
     * Vision models download a vision tower the text tensors don't include: the download size beyond the rebuilt
     * text weights is counted as projector weights.
     */
    private static ModelWeights withProjector(ModelFigures figures, ModelWeights weights, List<String> notes) {
        if (!figures.hasCapability("vision") || figures.downloadSizeBytes() == null
                || figures.downloadSizeBytes() <= weights.totalBytes()) {
            return weights;
        }
        long projector = figures.downloadSizeBytes() - weights.totalBytes();
        notes.add("vision projector ≈ download size − rebuilt text weights = " + projector / 1_000_000 + " MB");
        return new ModelWeights(weights.layerBytes(), weights.outputBytes(), weights.tokenEmbeddingBytes(), projector,
                "synthesized");
    }

    private static long value(Number number) {
        return number == null ? 0 : number.longValue();
    }
}
