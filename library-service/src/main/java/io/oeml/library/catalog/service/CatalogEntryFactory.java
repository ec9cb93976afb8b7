package io.oeml.library.catalog.service;

import java.util.ArrayList;
import java.util.List;

import io.oeml.estimator.memory.MemoryEstimator;
import io.oeml.estimator.model.Architecture;
import io.oeml.estimator.model.Era;
import io.oeml.estimator.model.EstimateRequest;
import io.oeml.estimator.model.GpuDevice;
import io.oeml.estimator.model.HostHardware;
import io.oeml.estimator.model.KvCacheType;
import io.oeml.estimator.model.ModelSpec;
import io.oeml.estimator.model.ModelWeights;
import io.oeml.estimator.weights.SynthesizedWeights;
import io.oeml.library.catalog.model.CatalogEntry;
import io.oeml.library.catalog.model.ModelFacts;
import io.oeml.library.catalog.model.SizeClass;
import io.oeml.library.units.Gigabytes;

/** Derives a {@link CatalogEntry} (categories, scores, estimator input, memory requirement) from a model's facts. */
public final class CatalogEntryFactory {

    /** An unconstrained GPU: the memory requirement is the full-offload size, whatever the fleet has. */
    private static final HostHardware UNCONSTRAINED = new HostHardware("reference", List.of(
            new GpuDevice("reference", "cuda", 1L << 40, 1L << 40, null)), 1L << 40, 1L << 40, null, 0);

    private CatalogEntryFactory() {
    }

    public static CatalogEntry create(ModelFacts facts) {
        List<String> notes = new ArrayList<>();
        ModelSpec spec = spec(facts, notes);
        long memory = MemoryEstimator.estimate(EstimateRequest.of(spec, CatalogEntry.REFERENCE_NUM_CTX, 1, KvCacheType.F16,
                Era.A, UNCONSTRAINED)).sizeBytes();
        return new CatalogEntry(facts, Categorizer.categorize(facts), CategoryScorer.scores(facts),
                SizeClass.of(facts.parameterCount() == null ? 0 : facts.parameterCount()), spec, memory, notes);
    }

    public static Architecture architecture(ModelFacts facts) {
        long headDim = value(facts.headDim());
        return new Architecture(facts.architecture(), facts.blockCount() == null ? 0 : facts.blockCount(),
                value(facts.embeddingLength()), value(facts.headCount()), value(facts.headCountKv()), headDim, headDim,
                value(facts.vocabSize()), value(facts.feedForwardLength()),
                facts.expertCount() == null ? 0 : facts.expertCount(),
                facts.expertUsedCount() == null ? 0 : facts.expertUsedCount(), value(facts.slidingWindow()),
                value(facts.contextLength()));
    }

    static ModelSpec spec(ModelFacts facts, List<String> notes) {
        Architecture arch = architecture(facts);
        String quantization = facts.quantization();
        ModelWeights weights;
        if (facts.tensorWeights() != null) {
            weights = facts.tensorWeights();
        } else if (SynthesizedWeights.canSynthesize(arch, quantization)) {
            weights = withProjector(facts, synthesize(facts, arch, quantization, notes), notes);
        } else if (facts.downloadSizeBytes() != null) {
            weights = SynthesizedWeights.fromDownloadSize(facts.downloadSizeBytes(), arch.blockCount());
            notes.add("weights from the download size (" + Gigabytes.of(facts.downloadSizeBytes())
                    + " GB): architecture facts are not enough to rebuild the tensors");
        } else {
            weights = SynthesizedWeights.fromDownloadSize(0, arch.blockCount());
            notes.add("weights unknown: no architecture facts and no download size");
        }
        if (!arch.hasKvDimensions() && value(facts.kvBytesPerTokenF16()) == 0) {
            notes.add("KV cache unknown (no KV dimensions in the facts): memory figures are a lower bound");
        }
        long parameters = value(facts.parameterCount());
        long active = facts.activeParameterCount() == null ? parameters : facts.activeParameterCount();
        return new ModelSpec(facts.name(), quantization, arch, weights, parameters, active, value(facts.kvBytesPerTokenF16()));
    }

    /**
     * Gemma ships without output.weight and the row's notes say so for some others; otherwise tied embeddings are
     * inferred when only the tied layout comes within 5 % of the download size.
     */
    private static ModelWeights synthesize(ModelFacts facts, Architecture arch, String quantization, List<String> notes) {
        if (facts.tiedEmbeddings() || SynthesizedWeights.alwaysTied(arch)) {
            return SynthesizedWeights.synthesize(arch, quantization, true);
        }
        ModelWeights untied = SynthesizedWeights.synthesize(arch, quantization, false);
        if (facts.downloadSizeBytes() == null || withinFivePercent(untied, facts.downloadSizeBytes())) {
            return untied;
        }
        ModelWeights tied = SynthesizedWeights.synthesize(arch, quantization, true);
        if (withinFivePercent(tied, facts.downloadSizeBytes())) {
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
    private static ModelWeights withProjector(ModelFacts facts, ModelWeights weights, List<String> notes) {
        boolean vision = facts.capabilities().stream().anyMatch("vision"::equalsIgnoreCase);
        if (!vision || facts.downloadSizeBytes() == null || facts.downloadSizeBytes() <= weights.totalBytes()) {
            return weights;
        }
        long projector = facts.downloadSizeBytes() - weights.totalBytes();
        notes.add("vision projector ≈ download size − rebuilt text weights = " + projector / 1_000_000 + " MB");
        return new ModelWeights(weights.layerBytes(), weights.outputBytes(), weights.tokenEmbeddingBytes(), projector,
                "synthesized");
    }

    private static long value(Number number) {
        return number == null ? 0 : number.longValue();
    }
}
