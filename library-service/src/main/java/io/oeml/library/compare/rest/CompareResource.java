package io.oeml.library.compare.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.oeml.library.catalog.model.CatalogEntry;
import io.oeml.library.compare.service.ComparisonService;
import io.oeml.library.compare.service.ComparisonService.ComparisonTable;
import io.oeml.library.web.SeedFields;
import io.smallrye.mutiny.Uni;

@Path("/api/ai/ollama/models/compare")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Model library")
public class CompareResource {

    private final ComparisonService comparison;

    public CompareResource(ComparisonService comparison) {
        this.comparison = comparison;
    }

    @GET
    @Operation(summary = "Compare 2 to 10 models: scores, memory, disk, context, speed on a host, capabilities, licence")
    public Uni<CompareResponse> compare(@Valid @BeanParam CompareParams params) {
        return comparison.compare(params.models().distinct(), params.host())
                .map(found -> new CompareResponse(true, found.entries().stream().map(CatalogEntry::name).toList(),
                        found.host().hostId(), found.comparison().comparisonTable(), found.comparison().recommendations()));
    }

    @SeedFields
    public record CompareResponse(boolean success, List<String> models, String host, ComparisonTable comparisonTable,
            List<String> recommendations) {
    }
}
