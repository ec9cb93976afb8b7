package io.oeml.finetune.dataset.format;

/** The stable names of the dataset checks, as reports list them ({@code ValidationIssue.check}). */
public final class Checks {

    /** Bytes that are not UTF-8. */
    public static final String ENCODING = "encoding";
    /** A line (or a text example) longer than {@code max-example-size}. */
    public static final String EXAMPLE_SIZE = "example_size";
    /** A JSONL line that is not one JSON object. */
    public static final String JSON_SYNTAX = "json_syntax";
    /** A CSV file the RFC 4180 reader cannot read on from here (e.g. a quote never closed). */
    public static final String CSV_SYNTAX = "csv_syntax";
    /** A CSV row whose field count differs from the header's. */
    public static final String CSV_COLUMNS = "csv_columns";
    /** A field the format needs is missing. */
    public static final String REQUIRED_FIELD = "required_field";
    /** A field of the wrong JSON type (a number where text belongs). */
    public static final String FIELD_TYPE = "field_type";
    /** A field, or a turn's content, that is empty or blank. */
    public static final String EMPTY_FIELD = "empty_field";
    /** A role other than system, user and assistant (ShareGPT: system, human, gpt). */
    public static final String UNKNOWN_ROLE = "unknown_role";
    /** Turns out of order: system not first, user and assistant not alternating, not ending with assistant. */
    public static final String TURN_ORDER = "turn_order";
    /** The same example (after normalising whitespace) again; the repeat is left out of training. */
    public static final String DUPLICATE = "duplicate";
    /** Fewer valid examples than {@code min-examples}. */
    public static final String MIN_EXAMPLES = "min_examples";
    /** An example longer than the base model's context. */
    public static final String TOKEN_LENGTH = "token_length";
    /** The validation split holds out nothing although one was asked for. */
    public static final String SPLIT = "split";

    private Checks() {
    }
}
