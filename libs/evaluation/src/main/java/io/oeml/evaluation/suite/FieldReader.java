package io.oeml.evaluation.suite;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads the fields of one JSON object of a suite line, reporting each wrong or missing field to the line's problem
 * list instead of stopping at the first: a reader answers null (or the default) for a field it reported.
 */
final class FieldReader {

    private final ObjectNode node;
    private final String path;
    private final int line;
    private final List<SuiteProblem> problems;

    FieldReader(ObjectNode node, String path, int line, List<SuiteProblem> problems) {
        this.node = node;
        this.path = path;
        this.line = line;
        this.problems = problems;
    }

    boolean has(String name) {
        return node.has(name);
    }

    void problem(String name, String message) {
        problems.add(new SuiteProblem(line, fieldPath(name), message));
    }

    void rejectUnknown(Set<String> allowed) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problem(name, "unknown field; expected " + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    /** A non-blank string of at most {@code maxLength} characters. */
    String text(String name, boolean required, int maxLength) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                problem(name, "missing");
            }
            return null;
        }
        if (!value.isTextual()) {
            problem(name, "must be a string");
            return null;
        }
        if (value.asText().isBlank()) {
            problem(name, "must not be blank");
            return null;
        }
        if (value.asText().length() > maxLength) {
            problem(name, "longer than " + maxLength + " characters");
            return null;
        }
        return value.asText();
    }

    boolean flag(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            problem(name, "must be true or false");
            return false;
        }
        return value.booleanValue();
    }

    /** A finite number from {@code min} to {@code max}; {@code fallback} when absent (null: required). */
    Double number(String name, double min, double max, Double fallback) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (fallback == null) {
                problem(name, "missing");
            }
            return fallback;
        }
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            problem(name, "must be a number");
            return null;
        }
        if (value.doubleValue() < min || value.doubleValue() > max) {
            problem(name, "must be from " + plain(min) + " to " + plain(max) + ", not " + value.asText());
            return null;
        }
        return value.doubleValue();
    }

    Integer integer(String name, int min, int max) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            problem(name, "missing");
            return null;
        }
        if (!value.isIntegralNumber() || value.asLong() < min || value.asLong() > max) {
            problem(name, "must be a whole number from " + min + " to " + max);
            return null;
        }
        return value.intValue();
    }

    /**
     * The items of a required array of 1 to {@code maxItems} objects, each read by {@code item} with its own
     * reader; items that are not objects, and items {@code item} answered null for, are left out.
     */
    <T> List<T> objects(String name, int maxItems, BiFunction<FieldReader, Integer, T> item) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            problem(name, "missing");
            return List.of();
        }
        if (!value.isArray() || value.isEmpty()) {
            problem(name, "must be a non-empty array");
            return List.of();
        }
        if (value.size() > maxItems) {
            problem(name, "holds " + value.size() + " items, at most " + maxItems + " are allowed");
            return List.of();
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            String itemPath = fieldPath(name) + "[" + i + "]";
            if (!(value.get(i) instanceof ObjectNode object)) {
                problems.add(new SuiteProblem(line, itemPath, "must be an object"));
                continue;
            }
            T read = item.apply(new FieldReader(object, itemPath, line, problems), i);
            if (read != null) {
                items.add(read);
            }
        }
        return items;
    }

    JsonNode raw(String name) {
        return node.get(name);
    }

    private String fieldPath(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
