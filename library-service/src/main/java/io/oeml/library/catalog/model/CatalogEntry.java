package io.oeml.library.catalog.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.oeml.library.estimate.model.ModelSpec;

/**
 * A model with everything derived from its facts, ready for search, recommendation and comparison.
 *
 * @param memoryRequirementBytes era A estimate at {@link #REFERENCE_NUM_CTX} tokens, one slot, f16 KV, fully on GPU
 * @param searchText lower-case name, family, description and capabilities, for ranking
 */
public record CatalogEntry(
        ModelFacts facts,
        Set<Category> categories,
        Map<Category, CategoryScore> scores,
        SizeClass sizeClass,
        ModelSpec spec,
        long memoryRequirementBytes,
        List<String> notes) {

    public static final long REFERENCE_NUM_CTX = 4096;

    public CatalogEntry {
        categories = Set.copyOf(categories);
        scores = Map.copyOf(scores);
        notes = List.copyOf(notes);
    }

    public String name() {
        return facts.name();
    }

    public long parameterCount() {
        return facts.parameterCount() == null ? 0 : facts.parameterCount();
    }

    /** Score for a category, null when no fitting benchmark is published. */
    public Double score(Category category) {
        CategoryScore score = scores.get(category);
        return score == null ? null : score.score();
    }

    /** The best known score among the model's categories, null when it has none. */
    public Double bestScore() {
        return categories.stream().map(this::score).filter(s -> s != null).max(Double::compare).orElse(null);
    }

    public double memoryRequirementGb() {
        return Math.round(memoryRequirementBytes / 1e7) / 100.0;
    }
}
