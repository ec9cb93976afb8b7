package io.oeml.library.search.model;

import java.util.Set;

import io.oeml.library.catalog.model.CatalogEntry;

/**
 * @param relevance 0..1: mean over query tokens of the best token match × field weight; 1.0 for the exact name (with or
 *        without its tag) or no query
 * @param performance the category's score when a category is filtered, else the model's best category score
 * @param matchedOn the fields of the best match of each query token (empty without a query)
 */
public record SearchHit(CatalogEntry entry, double relevance, Double performance, Set<MatchedOn> matchedOn) {
}
