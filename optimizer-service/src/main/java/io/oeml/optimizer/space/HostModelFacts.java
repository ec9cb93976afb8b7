package io.oeml.optimizer.space;

import java.util.Objects;

import io.oeml.estimator.model.Era;
import io.oeml.estimator.model.HostHardware;
import io.oeml.estimator.model.KvCacheType;
import io.oeml.estimator.model.ModelSpec;
import io.oeml.estimator.model.ServerSettings;

/**
 * What the space is bounded by: the model (estimator facts), the host's hardware, its CPU threads and its Ollama
 * server's settings (era from {@code /api/version}, {@code OLLAMA_KV_CACHE_TYPE}, {@code OLLAMA_NUM_PARALLEL}). The
 * service fills it from library-service's fleet data; unknown server settings take Ollama's defaults (era C, f16,
 * one slot), as the estimator does.
 */
public record HostModelFacts(ModelSpec model, HostHardware hardware, int cpuThreads, ServerSettings server) {

    public HostModelFacts {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(hardware, "hardware");
        server = server == null ? ServerSettings.UNKNOWN : server;
        if (cpuThreads < 1) {
            throw new IllegalArgumentException("a host has at least one CPU thread, got " + cpuThreads);
        }
    }

    public Era era() {
        return server.era() != null ? server.era() : Era.C;
    }

    public KvCacheType kvCacheType() {
        return server.kvCacheType() != null ? server.kvCacheType() : KvCacheType.F16;
    }

    public int numParallel() {
        return server.numParallel() != null ? server.numParallel() : 1;
    }
}
