package io.oeml.finetune.dataset;

/**
 * One problem found in a dataset.
 *
 * @param line 1-based line of the file (the first line of the record for multi-line formats); 0 for the whole file
 * @param check the check's stable name, e.g. {@code json_syntax}, {@code required_field}, {@code duplicate}
 */
public record ValidationIssue(long line, String check, Severity severity, String message) {

    public enum Severity {
        /** The job cannot train on this data; it fails in {@code validating}. */
        ERROR,
        /** Worth fixing; training goes on. */
        WARNING
    }
}
