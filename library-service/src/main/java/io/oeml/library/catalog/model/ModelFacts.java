package io.oeml.library.catalog.model;

import java.util.List;
import java.util.Map;

import io.oeml.estimator.inputs.model.ModelFigures;
import io.oeml.estimator.model.ModelWeights;

/**
 * What is known about one model ({@code name:tag}) before any derivation: the catalog row or what a host's
 * {@code /api/show} said. Unknown numbers are null, never zero.
 *
 * @param origin {@code catalog} (models.csv) or {@code discovered} (an Ollama host)
 * @param editorialCategories the catalog's category column (the one non-factual column), empty for discovered models
 * @param benchmarks published scores in percent by benchmark key (mmlu, humaneval, mbpp, gsm8k, math, mmmu, mteb_avg)
 * @param facts every fact with its source, in display order
 * @param tensorWeights exact weight bytes by layer from the host's tensor list, null for catalog rows
 * @param slidingWindow attention window of the sliding-window layers (gemma3, gpt-oss), null when unknown or none
 */
public record ModelFacts(
        String name,
        String family,
        String tag,
        String origin,
        String description,
        String architecture,
        Long parameterCount,
        Long activeParameterCount,
        String quantization,
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
        Long kvBytesPerTokenF16,
        boolean tiedEmbeddings,
        String license,
        List<String> capabilities,
        List<String> editorialCategories,
        Map<String, Double> benchmarks,
        String benchmarkSource,
        List<Fact> facts,
        ModelWeights tensorWeights,
        Long slidingWindow) {

    public ModelFacts {
        capabilities = List.copyOf(capabilities);
        editorialCategories = List.copyOf(editorialCategories);
        benchmarks = Map.copyOf(benchmarks);
        facts = List.copyOf(facts);
    }

    /** The figures the estimator reads ({@code ModelSpecs}). */
    public ModelFigures figures() {
        return new ModelFigures(name, architecture, quantization, parameterCount, activeParameterCount,
                downloadSizeBytes, contextLength, blockCount, embeddingLength, headCount, headCountKv, headDim,
                vocabSize, feedForwardLength, expertCount, expertUsedCount, slidingWindow, kvBytesPerTokenF16,
                tiedEmbeddings, capabilities, tensorWeights);
    }
}
