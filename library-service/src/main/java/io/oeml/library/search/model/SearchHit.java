package io.oeml.library.search.model;

import io.oeml.library.catalog.model.CatalogEntry;

/**
 * @param relevance 0..1: mean over query tokens of the best token match × field weight; 1.0 for an exact name or no query
 * @param performance the category's score when a category is filtered, else the model's best category score
 */
public record SearchHit(CatalogEntry entry, double relevance, Double performance) {
}
