package io.oeml.library.catalog.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.oeml.library.benchmark.service.MeasuredPerformance;
import io.oeml.library.benchmark.service.MeasuredSpeed;
import io.oeml.library.catalog.model.CatalogEntry;
import io.oeml.library.catalog.model.Category;
import io.oeml.library.catalog.model.CategoryScore;
import io.oeml.library.catalog.model.Fact;
import io.oeml.library.catalog.model.ParameterCount;
import io.oeml.library.catalog.service.LibraryService;
import io.oeml.library.finetune.service.FineTunedVersion;
import io.oeml.library.finetune.service.Lineage;
import io.smallrye.mutiny.Uni;

@Path("/api/ai/ollama/models")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Model library")
public class ModelResource {

    private final LibraryService library;

    public ModelResource(LibraryService library) {
        this.library = library;
    }

    @GET
    @Path("/library")
    @Operation(summary = "Every model by category, with scores and memory requirements")
    public Uni<LibraryResponse> library() {
        return library.entries().map(LibraryResponse::of);
    }

    @GET
    // names may carry a namespace (hf.co/org/model:tag), so the parameter spans slashes
    @Path("/{name: .+}")
    @Operation(summary = "One model with every fact and its source, its scores and how they were derived")
    public Uni<ModelResponse> model(@PathParam("name") String name) {
        return library.model(name).map(found -> new ModelResponse(true, ModelDetail.of(found)));
    }

    public record LibraryResponse(boolean success, int modelCount, Map<String, List<LibraryEntryView>> categories) {

        static LibraryResponse of(List<CatalogEntry> entries) {
            Map<String, List<LibraryEntryView>> categories = new LinkedHashMap<>();
            for (Category category : Category.values()) {
                categories.put(category.wireName(), entries.stream()
                        .filter(e -> e.categories().contains(category))
                        .map(e -> LibraryEntryView.of(e, category))
                        .toList());
            }
            return new LibraryResponse(true, entries.size(), categories);
        }
    }

    public record ModelResponse(boolean success, ModelDetail model) {
    }

    /**
     * @param installedOn ids of fleet hosts whose Ollama lists this model
     * @param benchmarks the latest benchmark of the model on each host that ran one, labelled measured or emulated
     * @param measuredPerformance the best trials of completed optimizer sessions of the model, per host and model type
     * @param lineage where a fine-tuned model came from (left out for any other model)
     * @param fineTuned the models fine-tuned from this one
     */
    public record ModelDetail(String name, String family, String origin, String description, String size,
            String sizeClass, List<String> categories, Map<String, CategoryScore> scores, double memoryRequirementsGb,
            String memoryBasis, String weightsBasis, List<String> notes, List<Fact> facts, List<String> installedOn,
            List<MeasuredSpeed> benchmarks, List<MeasuredPerformance> measuredPerformance, Lineage lineage,
            List<FineTunedVersion> fineTuned) {

        static ModelDetail of(LibraryService.InstalledModel found) {
            CatalogEntry entry = found.entry();
            Map<String, CategoryScore> scores = new LinkedHashMap<>();
            entry.scores().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> scores.put(e.getKey().wireName(), e.getValue()));
            return new ModelDetail(entry.name(), entry.facts().family(), entry.facts().origin(), entry.facts().description(),
                    ParameterCount.label(entry.parameterCount()), entry.sizeClass() == null ? null : entry.sizeClass().wireName(),
                    entry.categories().stream().sorted().map(Category::wireName).toList(), scores,
                    entry.memoryRequirementGb(), LibraryEntryView.MEMORY_BASIS, entry.spec().weights().source(),
                    entry.notes(), entry.facts().facts(), found.installedOn(), found.benchmarks(),
                    found.measuredPerformance(), found.lineage().lineage(), found.lineage().fineTuned());
        }
    }
}
