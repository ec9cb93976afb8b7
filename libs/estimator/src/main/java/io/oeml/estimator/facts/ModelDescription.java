package io.oeml.estimator.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.oeml.estimator.InvalidModelFactException;
import io.oeml.estimator.MissingArchitectureFactsException;
import io.oeml.estimator.UnsupportedQuantizationException;
import io.oeml.estimator.model.Architecture;
import io.oeml.estimator.model.ModelSpec;
import io.oeml.estimator.model.ModelWeights;
import io.oeml.estimator.model.TensorInfo;
import io.oeml.estimator.weights.SynthesizedWeights;
import io.oeml.estimator.weights.TensorWeights;

/**
 * A model described by its facts alone, as a gguf-parser user has them: the architecture's dimensions (given one by
 * one or read from GGUF metadata by {@link GgufMetadata}), the quantization, and optionally the tensor list or the
 * file size. {@link #toSpec()} turns it into the estimator's input, using the most exact weights the facts allow:
 * the tensors, else tensor shapes rebuilt for the quantization, else the file size spread over the layers.
 *
 * @param name a label for the estimate, may be null
 * @param quantization Ollama's file type (Q4_K_M, Q8_0, F16, ...); may be null only when tensors are given
 * @param tensors {@code /api/show} tensors, empty when not known
 * @param fileSizeBytes the GGUF file size, null when not known
 * @param parameterCount total parameters, null when not known
 * @param activeParameterCount parameters used per token (MoE), null for dense models or when not known
 * @param tiedEmbeddings the model has no {@code output.weight} (its token embedding is the output layer)
 */
public record ModelDescription(
        String name,
        String quantization,
        Architecture architecture,
        List<TensorInfo> tensors,
        Long fileSizeBytes,
        Long parameterCount,
        Long activeParameterCount,
        boolean tiedEmbeddings) {

    public ModelDescription {
        tensors = tensors == null ? List.of() : List.copyOf(tensors);
    }

    /**
     * @throws InvalidModelFactException for a dimension beyond any real model's ({@link FactLimits})
     * @throws UnsupportedQuantizationException for a quantization whose layout is not known (when it must be rebuilt)
     * @throws MissingArchitectureFactsException naming every fact still needed
     */
    public ModelSpec toSpec() {
        Architecture arch = withVocabularyFromTensors(architecture, tensors);
        FactLimits.check(arch);
        FactLimits.check(tensors);
        FactLimits.atMost("file_size_bytes", fileSizeBytes, FactLimits.MAX_FILE_BYTES);
        FactLimits.atMost("parameter_count", parameterCount, FactLimits.MAX_PARAMETERS);
        FactLimits.atMost("active_parameter_count", activeParameterCount, parameterCount == null ? FactLimits.MAX_PARAMETERS : parameterCount);
        List<String> missing = new ArrayList<>(missingKvFacts(arch));
        if (tensors.isEmpty() && quantization == null) {
            missing.add("quantization");
        }
        ModelWeights weights = null;
        if (!tensors.isEmpty()) {
            weights = TensorWeights.group(tensors, arch.blockCount());
        } else if (quantization != null) {
            weights = rebuiltWeights(arch, missing);
        }
        if (!missing.isEmpty()) {
            throw new MissingArchitectureFactsException(name, arch.name(), missing);
        }
        long parameters = parameterCount == null ? 0 : parameterCount;
        long active = activeParameterCount == null ? parameters : activeParameterCount;
        String label = quantization == null ? null : quantization.toUpperCase(Locale.ROOT);
        return new ModelSpec(name, label, arch, weights, parameters, active, 0);
    }

    /** The tensors rebuilt for the quantization, else the file size spread evenly (approximate), else null. */
    private ModelWeights rebuiltWeights(Architecture arch, List<String> missing) {
        List<String> synthesisMissing = SynthesizedWeights.missingFacts(arch);
        if (synthesisMissing.isEmpty()) {
            if (!SynthesizedWeights.supports(quantization)) {
                throw new UnsupportedQuantizationException(quantization, SynthesizedWeights.quantizations());
            }
            return SynthesizedWeights.synthesize(arch, quantization, tiedEmbeddings || SynthesizedWeights.alwaysTied(arch));
        }
        if (fileSizeBytes != null && fileSizeBytes > 0) {
            return SynthesizedWeights.fromDownloadSize(fileSizeBytes, arch.blockCount());
        }
        for (String fact : synthesisMissing) {
            if (!missing.contains(fact)) {
                missing.add(fact.equals("tensors") ? "tensors or file_size_bytes" : fact + " (or file_size_bytes)");
            }
        }
        return null;
    }

    /**
     * V from the {@code token_embd.weight} shape [E, V] when the metadata has none: {@code /api/show} without
     * {@code verbose} gives {@code tokenizer.ggml.tokens} as null, and gemma3 has no {@code vocab_size} key.
     */
    private static Architecture withVocabularyFromTensors(Architecture a, List<TensorInfo> tensors) {
        if (a.vocabSize() > 0) {
            return a;
        }
        return tensors.stream().filter(t -> t.name().equals("token_embd.weight") && t.shape().size() == 2).findFirst()
                .map(t -> new Architecture(a.name(), a.blockCount(), a.embeddingLength(), a.headCount(), a.headCountKv(),
                        a.keyLength(), a.valueLength(), t.shape().get(1), a.feedForwardLength(), a.expertCount(),
                        a.expertUsedCount(), a.slidingWindow(), a.contextLength()))
                .orElse(a);
    }

    /** What every estimate needs whatever the weights: the architecture, L, Hkv and the head dimensions (or E and Hq). */
    private static List<String> missingKvFacts(Architecture arch) {
        List<String> missing = new ArrayList<>();
        if (arch.name() == null || arch.name().isBlank()) {
            missing.add("architecture name (general.architecture)");
        }
        if (arch.blockCount() <= 0) {
            missing.add("block_count");
        }
        if (arch.headCountKv() <= 0) {
            missing.add("head_count_kv");
        }
        if (arch.effectiveKeyLength() <= 0 || arch.effectiveValueLength() <= 0) {
            missing.add("key_length and value_length (or embedding_length and head_count)");
        }
        return missing;
    }
}
