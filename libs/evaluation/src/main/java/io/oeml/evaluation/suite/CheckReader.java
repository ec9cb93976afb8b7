package io.oeml.evaluation.suite;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;

import io.oeml.evaluation.check.Check;
import io.oeml.evaluation.check.ContainsCheck;
import io.oeml.evaluation.check.ExactCheck;
import io.oeml.evaluation.check.JsonCheck;
import io.oeml.evaluation.check.NumericCheck;
import io.oeml.evaluation.check.RegexCheck;

/** Reads one item of a prompt's {@code checks} array. */
final class CheckReader {

    static final List<String> TYPES = List.of("exact", "contains", "regex", "json", "numeric");
    static final int MAX_TEXT = 2_000;
    static final int MAX_PATTERN = 1_000;

    private CheckReader() {
    }

    /** Null when the item has a problem (reported to {@code f}). */
    static Check read(FieldReader f) {
        String type = f.text("type", true, 20);
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "exact" -> textCheck(f, "value", ExactCheck::new);
            case "contains" -> textCheck(f, "value", ContainsCheck::new);
            case "regex" -> regex(f);
            case "json" -> json(f);
            case "numeric" -> numeric(f);
            default -> {
                f.problem("type", "unknown check type '" + type + "'; one of " + String.join(", ", TYPES));
                yield null;
            }
        };
    }

    private interface TextCheck {
        Check of(String text, boolean ignoreCase);
    }

    private static Check textCheck(FieldReader f, String field, TextCheck make) {
        f.rejectUnknown(Set.of("type", field, "ignore_case"));
        String text = f.text(field, true, MAX_TEXT);
        boolean ignoreCase = f.flag("ignore_case");
        return text == null ? null : make.of(text, ignoreCase);
    }

    private static Check regex(FieldReader f) {
        f.rejectUnknown(Set.of("type", "pattern"));
        String pattern = f.text("pattern", true, MAX_PATTERN);
        if (pattern == null) {
            return null;
        }
        try {
            return new RegexCheck(Pattern.compile(pattern));
        } catch (PatternSyntaxException e) {
            f.problem("pattern", "not a regular expression: " + e.getDescription() + " near index " + e.getIndex());
            return null;
        }
    }

    private static Check json(FieldReader f) {
        f.rejectUnknown(Set.of("type", "schema"));
        JsonNode schema = f.raw("schema");
        if (schema == null || schema.isNull()) {
            return JsonCheck.anyJson();
        }
        if (!schema.isObject()) {
            f.problem("schema", "must be a JSON Schema object");
            return null;
        }
        try {
            return JsonCheck.conformingTo(schema);
        } catch (IllegalArgumentException e) {
            f.problem("schema", e.getMessage());
            return null;
        }
    }

    private static Check numeric(FieldReader f) {
        f.rejectUnknown(Set.of("type", "expected", "tolerance"));
        Double expected = f.number("expected", -Double.MAX_VALUE, Double.MAX_VALUE, null);
        Double tolerance = f.number("tolerance", 0, Double.MAX_VALUE, 0.0);
        return expected == null || tolerance == null ? null : new NumericCheck(expected, tolerance);
    }
}
