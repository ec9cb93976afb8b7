package io.oeml.library.fleet.service;

import java.time.Instant;
import java.util.List;

import io.oeml.estimator.model.Era;
import io.oeml.estimator.model.HostHardware;
import io.oeml.estimator.model.KvCacheType;
import io.oeml.estimator.model.ServerSettings;

/**
 * A host the estimate can be computed for: its hardware plus what its Ollama server runs with.
 *
 * @param source where the figures came from: {@code fleet} (a hardware agent's snapshot), {@code local} (this service's
 *               own machine, no GPU detection) or {@code request} (described in the request)
 * @param era the host's loader era when its Ollama version is known, else null
 * @param installedModels names from the host's /api/tags
 * @param loadedModels names from the host's /api/ps
 */
public record KnownHost(
        String hostId,
        String hostname,
        String source,
        HostHardware hardware,
        Era era,
        Integer numParallel,
        KvCacheType kvCacheType,
        Integer contextLength,
        List<String> installedModels,
        List<String> loadedModels,
        Instant observedAt,
        boolean stale) {

    public KnownHost {
        installedModels = List.copyOf(installedModels);
        loadedModels = List.copyOf(loadedModels);
    }

    /** What the host's Ollama server runs with, the defaults of an estimate on it. */
    public ServerSettings server() {
        return new ServerSettings(era, numParallel, kvCacheType, contextLength);
    }
}
