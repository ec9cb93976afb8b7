package io.oeml.rest;

/** Free-text parameters as endpoints use them: stripped, and absent when blank. */
public final class FreeText {

    private FreeText() {
    }

    /** The text without surrounding white space; null when absent or blank. */
    public static String of(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
