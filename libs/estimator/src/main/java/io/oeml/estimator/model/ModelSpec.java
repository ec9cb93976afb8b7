package io.oeml.estimator.model;

/**
 * A model as the estimator sees it.
 *
 * @param parameterCount total parameters, 0 when unknown
 * @param activeParameterCount parameters used per token (MoE), equal to parameterCount for dense models
 * @param kvBytesPerTokenF16 f16 KV bytes per token over all layers, used only when the architecture lacks KV dimensions
 *                           (0 when unknown)
 */
public record ModelSpec(
        String name,
        String quantization,
        Architecture architecture,
        ModelWeights weights,
        long parameterCount,
        long activeParameterCount,
        long kvBytesPerTokenF16) {
}
