package io.oeml.library.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;

import io.oeml.library.estimate.model.Era;
import io.oeml.library.estimate.model.EstimateOptions;
import io.oeml.library.estimate.model.KvCacheType;
import io.oeml.rest.FreeText;

/** The load options every estimating endpoint takes, parsed and validated once; absent ones take the host's. */
public record EstimateParams(
        @QueryParam("quantization") String quantization,
        @QueryParam("num_ctx") @Min(value = 1, message = CONTEXTS) @Max(value = 10_485_760, message = CONTEXTS) Integer numCtx,
        @QueryParam("kv_cache_type") KvCacheType kvCacheType,
        @QueryParam("num_parallel") @Min(value = 1, message = SLOTS) @Max(value = 64, message = SLOTS) Integer numParallel,
        @QueryParam("era") Era era) {

    private static final String CONTEXTS = "must be between 1 and 10485760";
    private static final String SLOTS = "must be between 1 and 64";

    public EstimateParams {
        quantization = FreeText.of(quantization);
    }

    public EstimateOptions toOptions() {
        return new EstimateOptions(quantization, numCtx == null ? null : numCtx.longValue(), kvCacheType, numParallel, era);
    }
}
