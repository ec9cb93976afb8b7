package io.oeml.library.search.model;

import java.util.List;

import io.oeml.estimator.model.MemoryEstimate;
import io.oeml.library.fleet.service.KnownHost;

/**
 * One page of a search.
 *
 * @param fitsHost the host fits were estimated on, null without fits_host
 * @param total matches over all pages
 */
public record SearchResults(SearchRequest request, KnownHost fitsHost, List<Found> hits, int total) {

    /** @param fit the estimate on the fits_host host, null without one */
    public record Found(SearchHit hit, MemoryEstimate fit) {
    }
}
