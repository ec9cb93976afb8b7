package io.oeml.library.compare.rest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.oeml.errors.ApiException;
import io.oeml.errors.ErrorCodes;
import io.oeml.library.catalog.model.CatalogEntry;
import io.oeml.library.catalog.service.CatalogIndex;
import io.oeml.library.compare.service.ComparisonService.ComparisonTable;
import io.oeml.library.compare.service.ComparisonService;
import io.oeml.library.estimate.service.KnownHosts;
import io.oeml.library.web.SeedFields;
import io.smallrye.mutiny.Uni;

@Path("/api/ai/ollama/models/compare")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Model library")
public class CompareResource {

    static final int MIN_MODELS = 2;
    static final int MAX_MODELS = 10;

    private final CatalogIndex catalog;
    private final KnownHosts hosts;
    private final ComparisonService comparison;

    public CompareResource(CatalogIndex catalog, KnownHosts hosts, ComparisonService comparison) {
        this.catalog = catalog;
        this.hosts = hosts;
        this.comparison = comparison;
    }

    @GET
    @Operation(summary = "Compare 2 to 10 models: scores, memory, disk, context, speed on a host, capabilities, licence")
    public Uni<CompareResponse> compare(@QueryParam("models") String models, @QueryParam("host") String host) {
        if (models == null || models.isBlank()) {
            throw ApiException.badParameter("models", "is required: 2 to 10 comma-separated model names");
        }
        Set<String> names = new LinkedHashSet<>(Arrays.stream(models.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
        if (names.size() < MIN_MODELS || names.size() > MAX_MODELS) {
            throw ApiException.badParameter("models", "must name 2 to 10 distinct models (got " + names.size() + ")");
        }
        List<CatalogEntry> entries = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            catalog.find(name).ifPresentOrElse(entries::add, () -> unknown.add(name));
        }
        if (!unknown.isEmpty()) {
            throw new ApiException(Response.Status.NOT_FOUND, ErrorCodes.NOT_FOUND,
                    "unknown model" + (unknown.size() > 1 ? "s" : "") + ": " + String.join(", ", unknown));
        }
        return hosts.resolve(host).map(known -> {
            ComparisonService.Comparison result = comparison.compare(entries, known);
            return new CompareResponse(true, entries.stream().map(CatalogEntry::name).toList(), known.hostId(),
                    result.comparisonTable(), result.recommendations());
        });
    }

    @SeedFields
    public record CompareResponse(boolean success, List<String> models, String host, ComparisonTable comparisonTable,
            List<String> recommendations) {
    }
}
