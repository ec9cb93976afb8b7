package io.oeml.library.recommend.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.oeml.library.catalog.model.Category;

/**
 * Tasks and the category scores that measure quality for them (equal weights when several), plus a capability the model
 * must have. Translation has no multilingual benchmark in the catalog: MMLU (general) stands in and the reasoning says so.
 */
public enum TaskType {
    CODE_GENERATION(Map.of(Category.CODE, 1.0), "completion"),
    CODE_REVIEW(Map.of(Category.CODE, 0.5, Category.GENERAL, 0.5), "completion"),
    CREATIVE_WRITING(Map.of(Category.GENERAL, 1.0), "completion"),
    ANALYSIS(Map.of(Category.GENERAL, 0.5, Category.MATH, 0.5), "completion"),
    SUMMARIZATION(Map.of(Category.GENERAL, 1.0), "completion"),
    CHAT(Map.of(Category.GENERAL, 1.0), "completion"),
    MATH(Map.of(Category.MATH, 1.0), "completion"),
    REASONING(Map.of(Category.MATH, 0.5, Category.GENERAL, 0.5), "completion"),
    VISION(Map.of(Category.VISION, 1.0), "vision"),
    EMBEDDING(Map.of(Category.EMBEDDING, 1.0), "embedding"),
    TRANSLATION(Map.of(Category.GENERAL, 1.0), "completion");

    private final Map<Category, Double> weights;
    private final String requiredCapability;

    TaskType(Map<Category, Double> weights, String requiredCapability) {
        this.weights = weights;
        this.requiredCapability = requiredCapability;
    }

    public Map<Category, Double> weights() {
        return weights;
    }

    public String requiredCapability() {
        return requiredCapability;
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
