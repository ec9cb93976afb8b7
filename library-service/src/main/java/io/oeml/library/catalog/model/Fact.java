package io.oeml.library.catalog.model;

/**
 * One fact about a model with where it came from.
 *
 * @param source a source key and locator from docs/models-csv.md's registry, a host's /api/show, or "computed: formula"
 */
public record Fact(String name, Object value, String source) {
}
