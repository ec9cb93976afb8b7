package io.oeml.evaluation.suite;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/** The suites the project ships, one per {@link ModelType}: {@code suites/<model_type>.jsonl} in this module. */
public final class BuiltInSuites {

    private static final Map<ModelType, EvaluationSuite> LOADED = new EnumMap<>(ModelType.class);

    private BuiltInSuites() {
    }

    public static synchronized EvaluationSuite of(ModelType type) {
        return LOADED.computeIfAbsent(type, BuiltInSuites::load);
    }

    private static EvaluationSuite load(ModelType type) {
        String resource = "/suites/" + type.wireName() + ".jsonl";
        InputStream in = BuiltInSuites.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("built-in suite " + resource + " is missing from the class path");
        }
        return SuiteParser.parse("built-in " + type.wireName(), new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
