package io.oeml.library.recommend.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.oeml.library.catalog.model.Category;

/**
 * Tasks and the category scores that measure quality for them (equal weights when several), plus a capability the model
 * must have, and the optimizer's {@code model_type} whose evaluation suite is closest to it. Translation has no
 * multilingual benchmark in the catalog: MMLU (general) stands in and the reasoning says so.
 */
public enum TaskType {
    CODE_GENERATION(Map.of(Category.CODE, 1.0), "completion", "code"),
    CODE_REVIEW(Map.of(Category.CODE, 0.5, Category.GENERAL, 0.5), "completion", "code"),
    CREATIVE_WRITING(Map.of(Category.GENERAL, 1.0), "completion", "creative"),
    ANALYSIS(Map.of(Category.GENERAL, 0.5, Category.MATH, 0.5), "completion", "analysis"),
    SUMMARIZATION(Map.of(Category.GENERAL, 1.0), "completion", "general"),
    CHAT(Map.of(Category.GENERAL, 1.0), "completion", "general"),
    MATH(Map.of(Category.MATH, 1.0), "completion", "analysis"),
    REASONING(Map.of(Category.MATH, 0.5, Category.GENERAL, 0.5), "completion", "analysis"),
    VISION(Map.of(Category.VISION, 1.0), "vision", null),
    EMBEDDING(Map.of(Category.EMBEDDING, 1.0), "embedding", null),
    TRANSLATION(Map.of(Category.GENERAL, 1.0), "completion", "general");

    private final Map<Category, Double> weights;
    private final String requiredCapability;
    private final String optimizerModelType;

    TaskType(Map<Category, Double> weights, String requiredCapability, String optimizerModelType) {
        this.weights = weights;
        this.requiredCapability = requiredCapability;
        this.optimizerModelType = optimizerModelType;
    }

    public Map<Category, Double> weights() {
        return weights;
    }

    public String requiredCapability() {
        return requiredCapability;
    }

    /** The optimizer's {@code model_type} whose evaluation suite measures this task; null when it has none. */
    public String optimizerModelType() {
        return optimizerModelType;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TaskType fromWire(String text) {
        for (TaskType task : values()) {
            if (task.wireName().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return task;
            }
        }
        return null;
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(TaskType::wireName).toList();
    }
}
