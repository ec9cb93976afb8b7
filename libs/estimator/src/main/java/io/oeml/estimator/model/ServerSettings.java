package io.oeml.estimator.model;

/**
 * What a host's Ollama server runs with, where known (null where not): the defaults an estimate takes for the options
 * a caller leaves unset.
 *
 * @param era the loader era its Ollama version falls in
 * @param numParallel {@code OLLAMA_NUM_PARALLEL}
 * @param kvCacheType {@code OLLAMA_KV_CACHE_TYPE}
 * @param contextLength {@code OLLAMA_CONTEXT_LENGTH}
 */
public record ServerSettings(Era era, Integer numParallel, KvCacheType kvCacheType, Integer contextLength) {

    public static final ServerSettings UNKNOWN = new ServerSettings(null, null, null, null);
}
