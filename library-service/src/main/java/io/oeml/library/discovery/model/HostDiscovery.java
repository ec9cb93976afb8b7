package io.oeml.library.discovery.model;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of scanning one host.
 *
 * @param matched installed models that are catalog models (by name or digest)
 * @param added installed models that were not, now in the catalog with facts from /api/show
 * @param error why the scan failed, null when it succeeded
 */
public record HostDiscovery(String hostId, String baseUrl, Instant finishedAt, List<String> matched, List<String> added,
        String error) {

    public HostDiscovery {
        matched = List.copyOf(matched);
        added = List.copyOf(added);
    }
}
