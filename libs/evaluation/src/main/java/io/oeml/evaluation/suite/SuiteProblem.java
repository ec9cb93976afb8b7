package io.oeml.evaluation.suite;

/**
 * One thing wrong with an uploaded suite.
 *
 * @param line 1-based line number; 0 for the suite as a whole (e.g. it has no prompts)
 * @param field the field's path in the line's JSON, e.g. {@code checks[1].pattern}; null for the whole line
 */
public record SuiteProblem(int line, String field, String message) {

    public String describe() {
        String where = line == 0 ? "suite" : "line " + line;
        return field == null ? where + ": " + message : where + ", field '" + field + "': " + message;
    }
}
