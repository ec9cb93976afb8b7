package io.oeml.library.search.model;

import java.util.Set;

import io.oeml.library.catalog.model.Category;
import io.oeml.library.catalog.model.SizeClass;

/**
 * A validated search.
 *
 * @param installedModels when not null, only these names (models installed on some host) pass
 * @param sort a {@link SearchSort}'s wire name
 * @param page 1-based
 */
public record SearchCriteria(
        String query,
        Category category,
        SizeClass size,
        Double minPerformance,
        Long maxParameters,
        String capability,
        Set<String> installedModels,
        String sort,
        boolean descending,
        int page,
        int pageSize) {

    public SearchCriteria withInstalledModels(Set<String> names) {
        return new SearchCriteria(query, category, size, minPerformance, maxParameters, capability, names, sort, descending,
                page, pageSize);
    }
}
