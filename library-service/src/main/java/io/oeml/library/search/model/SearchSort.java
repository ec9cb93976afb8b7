package io.oeml.library.search.model;

import java.util.Locale;

/** What search results are ordered by: parameters, memory and name ascend by default, relevance and performance descend. */
public enum SearchSort {
    RELEVANCE(false), PERFORMANCE(false), PARAMETERS(true), MEMORY(true), NAME(true);

    private final boolean ascendingByDefault;

    SearchSort(boolean ascendingByDefault) {
        this.ascendingByDefault = ascendingByDefault;
    }

    public boolean ascendingByDefault() {
        return ascendingByDefault;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SearchSort fromWire(String text) {
        for (SearchSort sort : values()) {
            if (sort.wireName().equalsIgnoreCase(text)) {
                return sort;
            }
        }
        return null;
    }
}
