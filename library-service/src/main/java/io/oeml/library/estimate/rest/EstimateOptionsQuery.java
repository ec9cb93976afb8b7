package io.oeml.library.estimate.rest;

import jakarta.ws.rs.QueryParam;

import io.oeml.estimator.model.EstimateOptions;
import io.oeml.library.catalog.rest.QueryParams;

/**
 * The load options of every estimating endpoint (estimate, compatibility, fit matrix), parsed and validated here
 * once: {@code quantization}, {@code num_ctx}, {@code kv_cache_type}, {@code num_parallel}, {@code num_batch},
 * {@code num_gpu}, {@code era}. Unset options stay null so that the host's Ollama settings fill them.
 */
public class EstimateOptionsQuery {

    static final int MAX_NUM_CTX = 10_485_760;
    static final int MAX_NUM_PARALLEL = 64;
    static final int MAX_NUM_BATCH = 65_536;
    /** Layers on GPU; no published model has more than a few hundred. */
    static final int MAX_NUM_GPU = 1024;

    @QueryParam("quantization")
    String quantization;
    @QueryParam("num_ctx")
    String numCtx;
    @QueryParam("kv_cache_type")
    String kvCacheType;
    @QueryParam("num_parallel")
    String numParallel;
    @QueryParam("num_batch")
    String numBatch;
    @QueryParam("num_gpu")
    String numGpu;
    @QueryParam("era")
    String era;

    /** @throws io.oeml.errors.ApiException 400 naming the first parameter whose value is not allowed */
    public EstimateOptions toOptions() {
        Integer ctx = QueryParams.integer("num_ctx", numCtx, 1, MAX_NUM_CTX);
        return new EstimateOptions(QueryParams.text("quantization", quantization, 20),
                ctx == null ? null : ctx.longValue(), QueryParams.kvCacheType("kv_cache_type", kvCacheType),
                QueryParams.integer("num_parallel", numParallel, 1, MAX_NUM_PARALLEL),
                QueryParams.integer("num_batch", numBatch, 1, MAX_NUM_BATCH),
                QueryParams.integer("num_gpu", numGpu, EstimateOptions.AUTO_NUM_GPU, MAX_NUM_GPU),
                QueryParams.era("era", era));
    }
}
