package io.oeml.library.discovery.model;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of scanning one host.
 *
 * @param matched installed models that are catalog models (by name or digest)
 * @param added installed models that were not, now in the catalog with facts from /api/show
 * @param error why the scan failed, null when it succeeded
 * @param skipped why this replica did not scan the host (another replica was scanning it), null when it scanned
 */
public record HostDiscovery(String hostId, String baseUrl, Instant finishedAt, List<String> matched, List<String> added,
        String error, String skipped) {

    public HostDiscovery {
        matched = List.copyOf(matched);
        added = List.copyOf(added);
    }

    public static HostDiscovery skipped(String hostId, String baseUrl, String why) {
        return new HostDiscovery(hostId, baseUrl, Instant.now(), List.of(), List.of(), null, why);
    }
}
