package io.oeml.library.catalog.model;

import java.util.List;

/**
 * A model's performance score for one category.
 *
 * @param score mean of the fitting published benchmarks in percent, divided by 100; null when none is published
 * @param benchmarks the benchmark keys that went into the score
 * @param basis the formula with its inputs, or why there is no score
 */
public record CategoryScore(Category category, Double score, List<String> benchmarks, String basis) {

    public CategoryScore {
        benchmarks = List.copyOf(benchmarks);
    }

    public boolean known() {
        return score != null;
    }
}
