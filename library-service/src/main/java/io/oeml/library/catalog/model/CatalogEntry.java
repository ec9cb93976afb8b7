package io.oeml.library.catalog.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.oeml.estimator.model.ModelSpec;
import io.oeml.library.units.Gigabytes;

/**
 * A model with everything derived from its facts, ready for search, recommendation and comparison.
 *
 * @param memoryRequirementBytes era A estimate at {@link #REFERENCE_NUM_CTX} tokens, one slot, f16 KV, fully on GPU
 * @param bestScore the best known score among the model's categories, null when it has none
 */
public record CatalogEntry(
        ModelFacts facts,
        Set<Category> categories,
        Map<Category, CategoryScore> scores,
        SizeClass sizeClass,
        ModelSpec spec,
        long memoryRequirementBytes,
        List<String> notes,
        Double bestScore) {

    public static final long REFERENCE_NUM_CTX = 4096;

    public CatalogEntry {
        categories = Set.copyOf(categories);
        scores = Map.copyOf(scores);
        notes = List.copyOf(notes);
    }

    public CatalogEntry(ModelFacts facts, Set<Category> categories, Map<Category, CategoryScore> scores, SizeClass sizeClass,
            ModelSpec spec, long memoryRequirementBytes, List<String> notes) {
        this(facts, categories, scores, sizeClass, spec, memoryRequirementBytes, notes, best(categories, scores));
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

    /** The best known score among the model's categories, null when it has none (computed once: search reads it often). */
    private static Double best(Set<Category> categories, Map<Category, CategoryScore> scores) {
        Double best = null;
        for (Category category : categories) {
            CategoryScore score = scores.get(category);
            if (score != null && score.score() != null && (best == null || score.score() > best)) {
                best = score.score();
            }
        }
        return best;
    }

    public double memoryRequirementGb() {
        return Gigabytes.rounded(memoryRequirementBytes);
    }
}
