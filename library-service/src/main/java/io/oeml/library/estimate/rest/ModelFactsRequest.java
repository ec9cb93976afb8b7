package io.oeml.library.estimate.rest;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import io.oeml.errors.ApiException;
import io.oeml.estimator.facts.GgufMetadata;
import io.oeml.estimator.facts.ModelDescription;
import io.oeml.estimator.model.Architecture;
import io.oeml.estimator.model.GgmlType;
import io.oeml.estimator.model.TensorInfo;

/**
 * The body of {@code POST /models/estimate}: a model that need not be in the catalog, by its facts. Give exactly one of
 * {@code architecture} (the dimensions one by one, snake_case; unknown ones left out or 0) and {@code model_info} (GGUF
 * metadata as {@code /api/show} returns it). Bounds on the dimensions are the estimator's
 * ({@code InvalidModelFactException}); what is missing is named in a 422.
 *
 * @param tensors {@code /api/show} tensors ({@code name}, GGUF {@code type} such as Q4_K, {@code shape}); the exact
 *                weights when given
 * @param fileSizeBytes the GGUF file's size: weights spread over the layers when they can neither be read nor rebuilt
 */
public record ModelFactsRequest(
        @Size(max = 200) String name,
        @Size(max = 20) String quantization,
        Architecture architecture,
        @Size(max = 10_000) Map<String, Object> modelInfo,
        @Size(max = 100_000) List<@Valid @NotNull Tensor> tensors,
        @Positive Long fileSizeBytes,
        @PositiveOrZero Long parameterCount,
        @PositiveOrZero Long activeParameterCount,
        Boolean tiedEmbeddings) {

    public record Tensor(@NotBlank @Size(max = 200) String name, @NotNull GgmlType type,
            @NotNull @Size(min = 1, max = 4) List<@NotNull @Positive Long> shape) {
    }

    ModelDescription toDescription() {
        if ((architecture == null) == (modelInfo == null)) {
            throw ApiException.badParameter("architecture", "or model_info is required, and only one of them");
        }
        Architecture arch = architecture != null ? architecture : GgufMetadata.architecture(modelInfo);
        Long parameters = parameterCount != null || modelInfo == null ? parameterCount : GgufMetadata.parameterCount(modelInfo);
        List<TensorInfo> tensorList = tensors == null ? List.of()
                : tensors.stream().map(t -> new TensorInfo(t.name(), t.type(), t.shape())).toList();
        return new ModelDescription(name, quantization, arch, tensorList, fileSizeBytes, parameters, activeParameterCount,
                Boolean.TRUE.equals(tiedEmbeddings));
    }
}
