package io.oeml.library.catalog.rest;

import java.util.List;

import io.oeml.library.catalog.model.CatalogEntry;
import io.oeml.library.catalog.model.Category;
import io.oeml.library.catalog.model.CategoryScore;
import io.oeml.library.catalog.model.ParameterCount;
import io.oeml.library.units.Gigabytes;
import io.oeml.library.web.SeedFields;

/**
 * A model as a library category lists it (the seed's fields plus where each number comes from).
 *
 * @param performanceScore the category's score, null when no fitting benchmark is published (see scoreBasis)
 * @param memoryRequirementsGb era A estimate, GB (10^9 bytes), at num_ctx 4096, one slot, f16 KV, fully on GPU
 */
@SeedFields
public record LibraryEntryView(
        String name,
        String size,
        String sizeClass,
        List<String> capabilities,
        Double performanceScore,
        String scoreBasis,
        double memoryRequirementsGb,
        String memoryBasis,
        String quantization,
        Long contextLength,
        Double downloadSizeGb,
        String license,
        String origin) {

    static final String MEMORY_BASIS = "estimated: era A (docs/ollama.md §5.5) at num_ctx " + CatalogEntry.REFERENCE_NUM_CTX
            + ", num_parallel 1, f16 KV cache, fully on GPU; see /models/estimate for any other setting";

    public static LibraryEntryView of(CatalogEntry entry, Category category) {
        CategoryScore score = entry.scores().get(category);
        Long download = entry.facts().downloadSizeBytes();
        return new LibraryEntryView(entry.name(), ParameterCount.label(entry.parameterCount()),
                entry.sizeClass() == null ? null : entry.sizeClass().wireName(), entry.facts().capabilities(),
                score.score(), score.basis(), entry.memoryRequirementGb(), MEMORY_BASIS, entry.facts().quantization(),
                entry.facts().contextLength(), download == null ? null : Gigabytes.of(download),
                entry.facts().license(), entry.facts().origin());
    }
}
