package io.oeml.library.search.model;

import java.util.Locale;

/**
 * What a search result matched: the field whose token scored best for a query word (family includes the GGUF
 * architecture, so "llama" finds mistral, a llama-architecture model, on family; {@code TAG} is the part of the name
 * after the colon), and {@code TYPO} when that match tolerated one or two typos.
 */
public enum MatchedOn {
    NAME, TAG, FAMILY, CAPABILITY, CATEGORY, DESCRIPTION, TYPO;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
