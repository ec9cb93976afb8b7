package io.oeml.library.search.model;

/**
 * A search as the caller asked for it, every value valid.
 *
 * @param criteria the catalog filters, sort and page; its installed models are left for the service to fill in
 * @param fitsHost keep only models that fit this host's free memory (estimated); null: no such filter
 * @param installedOnly true: only models some fleet host has; null when not asked
 */
public record SearchRequest(SearchCriteria criteria, String fitsHost, Boolean installedOnly) {
}
