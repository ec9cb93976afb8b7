package io.oeml.evaluation.suite;

import java.util.List;
import java.util.Set;

import io.oeml.evaluation.measure.SuiteMeasure;

/** Reads the optional header line {@code {"measures": [{"type": "distinct", "n": 2, "weight": 1}]}}. */
final class MeasureReader {

    static final int MAX_MEASURES = 8;

    private MeasureReader() {
    }

    static List<SuiteMeasure> read(FieldReader f) {
        f.rejectUnknown(Set.of("measures"));
        return f.objects("measures", MAX_MEASURES, (item, i) -> measure(item));
    }

    private static SuiteMeasure measure(FieldReader f) {
        f.rejectUnknown(Set.of("type", "n", "weight"));
        String type = f.text("type", true, 20);
        Integer n = f.integer("n", 1, SuiteMeasure.MAX_N);
        Double weight = f.number("weight", Double.MIN_VALUE, PromptReader.MAX_WEIGHT, 1.0);
        if (type != null && !type.equals("distinct")) {
            f.problem("type", "unknown measure type '" + type + "'; the one measure is distinct");
            return null;
        }
        return type == null || n == null || weight == null ? null : new SuiteMeasure(n, weight);
    }
}
