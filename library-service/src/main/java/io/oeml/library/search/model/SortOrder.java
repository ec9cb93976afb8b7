package io.oeml.library.search.model;

/** Ascending or descending. */
public enum SortOrder {
    ASC, DESC;

    public static SortOrder fromWire(String text) {
        return "asc".equalsIgnoreCase(text) ? ASC : "desc".equalsIgnoreCase(text) ? DESC : null;
    }
}
