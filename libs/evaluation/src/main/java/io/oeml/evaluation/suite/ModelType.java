package io.oeml.evaluation.suite;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The seed's {@code model_type}: which kind of task a model is tuned for, and so which built-in suite it is scored on. */
public enum ModelType {
    GENERAL, CODE, CREATIVE, ANALYSIS;

    /** The name on the wire and in the suite's resource name: {@code general}, {@code code}, ... */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ModelType> parse(String wireName) {
        return Arrays.stream(values()).filter(t -> t.wireName().equals(wireName)).findFirst();
    }
}
