package io.oeml.library.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;

import io.oeml.estimator.model.Era;
import io.oeml.estimator.model.EstimateOptions;
import io.oeml.estimator.model.KvCacheType;
import io.oeml.rest.FreeText;
import io.oeml.rest.MaxLength;

/**
 * The load options of every estimating endpoint (estimate, compatibility, fit matrix), taken with
 * {@code @Valid @BeanParam} and validated here once. Unset options stay null so that the host's Ollama settings
 * fill them; {@code kv_cache_type} and {@code era} are converted by {@code LibraryParameters}.
 *
 * @param numGpu layers on GPU: -1 as many as fit, 0 none; no published model has more than a few hundred
 */
public record EstimateParams(
        @QueryParam("quantization") @MaxLength(20) String quantization,
        @QueryParam("num_ctx") @Min(value = 1, message = "must be between 1 and 10485760")
        @Max(value = 10_485_760, message = "must be between 1 and 10485760") Integer numCtx,
        @QueryParam("kv_cache_type") KvCacheType kvCacheType,
        @QueryParam("num_parallel") @Min(value = 1, message = "must be between 1 and 64")
        @Max(value = 64, message = "must be between 1 and 64") Integer numParallel,
        @QueryParam("num_batch") @Min(value = 1, message = "must be between 1 and 65536")
        @Max(value = 65_536, message = "must be between 1 and 65536") Integer numBatch,
        @QueryParam("num_gpu") @Min(value = -1, message = "must be between -1 and 1024")
        @Max(value = 1024, message = "must be between -1 and 1024") Integer numGpu,
        @QueryParam("era") Era era) {

    public EstimateParams {
        quantization = FreeText.of(quantization);
    }

    public EstimateOptions toOptions() {
        return new EstimateOptions(quantization, numCtx == null ? null : numCtx.longValue(), kvCacheType, numParallel,
                numBatch, numGpu, era);
    }
}
