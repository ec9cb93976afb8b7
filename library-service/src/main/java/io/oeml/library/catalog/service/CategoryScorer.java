package io.oeml.library.catalog.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.oeml.library.catalog.model.Category;
import io.oeml.library.catalog.model.CategoryScore;
import io.oeml.library.catalog.model.ModelFacts;

/**
 * {@code performance_score} per category = mean of the published benchmarks that fit the category, in percent, / 100:
 * general = MMLU; code = HumanEval, MBPP; math = GSM8K, MATH; vision = MMMU; embedding = MTEB average;
 * small = every text benchmark published (MMLU, HumanEval, MBPP, GSM8K, MATH). No fitting benchmark: no score.
 */
public final class CategoryScorer {

    static final Map<Category, List<String>> BENCHMARKS_BY_CATEGORY = Map.of(
            Category.GENERAL, List.of("mmlu"),
            Category.CODE, List.of("humaneval", "mbpp"),
            Category.MATH, List.of("gsm8k", "math"),
            Category.VISION, List.of("mmmu"),
            Category.EMBEDDING, List.of("mteb_avg"),
            Category.SMALL, List.of("mmlu", "humaneval", "mbpp", "gsm8k", "math"));

    private CategoryScorer() {
    }

    public static Map<Category, CategoryScore> scores(ModelFacts facts) {
        Map<Category, CategoryScore> scores = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            scores.put(category, score(facts, category));
        }
        return scores;
    }

    public static CategoryScore score(ModelFacts facts, Category category) {
        List<String> fitting = BENCHMARKS_BY_CATEGORY.get(category);
        List<String> used = new ArrayList<>();
        double sum = 0;
        StringBuilder inputs = new StringBuilder();
        for (String benchmark : fitting) {
            Double value = facts.benchmarks().get(benchmark);
            if (value != null) {
                used.add(benchmark);
                sum += value;
                inputs.append(inputs.isEmpty() ? "" : ", ").append(benchmark).append(' ').append(value);
            }
        }
        if (used.isEmpty()) {
            return new CategoryScore(category, null, List.of(),
                    "no published " + String.join("/", fitting) + " score: no " + category.wireName() + " score");
        }
        double score = Math.round(sum / used.size() * 10) / 1000.0;
        return new CategoryScore(category, score, used,
                "mean(" + inputs + ") / 100 = " + score + "; source: " + facts.benchmarkSource());
    }
}
