package io.oeml.library.catalog.model;

/**
 * One document of the catalog's source registry ({@code catalog/sources.csv}, docs/models-csv.md "Source registry"):
 * a fact's source names its key.
 *
 * @param title a short name of the document
 * @param url where it can be read, at the commit that was read where there is one
 * @param read what was read there
 */
public record RegisteredSource(String key, String title, String url, String read) {
}
