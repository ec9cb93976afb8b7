package io.oeml.optimizer.results;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name of a derived model: {@code [namespace/]model[:tag]} on the host it is created on, each part as Ollama's
 * {@code types/model} accepts it (a letter, digit or underscore first, then those, '-' and, outside the namespace,
 * '.'; at most 80 characters). No registry host part: the model is local. A model part of two characters at least,
 * which every Ollama release accepts.
 */
final class DerivedModelName {

    private static final Pattern NAME = Pattern.compile(
            "^(?:[A-Za-z0-9_][A-Za-z0-9_-]{0,79}/)?[A-Za-z0-9_][A-Za-z0-9_.-]{1,79}(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,79})?$");

    private DerivedModelName() {
    }

    /** @throws InvalidModelNameException naming the field {@code model_name} */
    static void requireValid(String name, String baseModel) {
        if (name == null || !NAME.matcher(name).matches() || name.contains("..")) {
            throw new InvalidModelNameException("model_name", "'" + name + "' is not a model name: "
                    + "[namespace/]model[:tag] of letters, digits, '_', '-' and '.' (not in the namespace), each part "
                    + "at most 80 characters");
        }
        if (normalised(name).equals(normalised(baseModel))) {
            throw new InvalidModelNameException("model_name", "'" + name + "' would replace the base model "
                    + baseModel + "; choose a new name");
        }
    }

    /** Ollama matches names case-insensitively with the tag defaulting to latest. */
    private static String normalised(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.indexOf(':', lower.lastIndexOf('/') + 1) < 0 ? lower + ":latest" : lower;
    }
}
