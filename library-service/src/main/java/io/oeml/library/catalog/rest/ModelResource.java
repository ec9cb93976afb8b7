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

import io.oeml.errors.ApiException;
import io.oeml.library.catalog.model.CatalogEntry;
import io.oeml.library.catalog.model.Category;
import io.oeml.library.catalog.model.CategoryScore;
import io.oeml.library.catalog.model.Fact;
import io.oeml.library.catalog.model.ParameterCount;
import io.oeml.library.catalog.service.CatalogIndex;
import io.oeml.library.fleet.service.KnownHost;
import io.oeml.library.fleet.service.KnownHosts;
import io.smallrye.mutiny.Uni;

@Path("/api/ai/ollama/models")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Model library")
public class ModelResource {

    private final CatalogIndex catalog;
    private final KnownHosts hosts;

    public ModelResource(CatalogIndex catalog, KnownHosts hosts) {
        this.catalog = catalog;
        this.hosts = hosts;
    }

    @GET
    @Path("/library")
    @Operation(summary = "Every model by category, with scores and memory requirements")
    public LibraryResponse library() {
        Map<String, List<LibraryEntryView>> categories = new LinkedHashMap<>();
        for (Category category : Category.values()) {
            categories.put(category.wireName(), catalog.entries().stream()
                    .filter(e -> e.categories().contains(category))
                    .map(e -> LibraryEntryView.of(e, category))
                    .toList());
        }
        return new LibraryResponse(true, catalog.entries().size(), categories);
    }

    @GET
    // names may carry a namespace (hf.co/org/model:tag), so the parameter spans slashes
    @Path("/{name: .+}")
    @Operation(summary = "One model with every fact and its source, its scores and how they were derived")
    public Uni<ModelResponse> model(@PathParam("name") String name) {
        CatalogEntry entry = catalog.find(name).orElseThrow(() -> ApiException.notFound("model '" + name + "'"));
        return hosts.fleet().map(fleet -> new ModelResponse(true, ModelDetail.of(entry, fleet)));
    }

    public record LibraryResponse(boolean success, int modelCount, Map<String, List<LibraryEntryView>> categories) {
    }

    public record ModelResponse(boolean success, ModelDetail model) {
    }

    /**
     * @param installedOn ids of fleet hosts whose Ollama lists this model
     */
    public record ModelDetail(String name, String family, String origin, String description, String size,
            String sizeClass, List<String> categories, Map<String, CategoryScore> scores, double memoryRequirementsGb,
            String memoryBasis, String weightsBasis, List<String> notes, List<Fact> facts, List<String> installedOn) {

        static ModelDetail of(CatalogEntry entry, List<KnownHost> fleet) {
            Map<String, CategoryScore> scores = new LinkedHashMap<>();
            entry.scores().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> scores.put(e.getKey().wireName(), e.getValue()));
            List<String> installedOn = fleet.stream()
                    .filter(h -> h.installedModels().stream().anyMatch(m -> m.equalsIgnoreCase(entry.name())))
                    .map(KnownHost::hostId).toList();
            return new ModelDetail(entry.name(), entry.facts().family(), entry.facts().origin(), entry.facts().description(),
                    ParameterCount.label(entry.parameterCount()), entry.sizeClass() == null ? null : entry.sizeClass().wireName(),
                    entry.categories().stream().sorted().map(Category::wireName).toList(), scores,
                    entry.memoryRequirementGb(), LibraryEntryView.MEMORY_BASIS, entry.spec().weights().source(),
                    entry.notes(), entry.facts().facts(), installedOn);
        }
    }
}
