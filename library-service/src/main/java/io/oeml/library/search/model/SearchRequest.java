package io.oeml.library.search.model;

import io.oeml.library.catalog.model.Category;
import io.oeml.library.catalog.model.SizeClass;

/**
 * A search as the caller asked for it, every value valid; null means "not filtered on".
 *
 * @param fitsHost keep only models that fit this host's free memory (estimated)
 * @param installedOnly true: only models some fleet host has
 * @param page 1-based
 */
public record SearchRequest(
        String query,
        Category category,
        SizeClass size,
        Double minPerformance,
        Long maxParameters,
        String capability,
        String fitsHost,
        Boolean installedOnly,
        SearchSort sort,
        boolean descending,
        int page,
        int pageSize) {
}
