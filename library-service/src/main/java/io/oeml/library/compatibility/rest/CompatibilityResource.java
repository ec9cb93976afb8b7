package io.oeml.library.compatibility.rest;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.oeml.errors.ApiException;
import io.oeml.estimator.model.EstimateOptions;
import io.oeml.library.catalog.model.CatalogEntry;
import io.oeml.library.catalog.service.CatalogIndex;
import io.oeml.library.compatibility.service.CompatibilityService.Compatibility;
import io.oeml.library.compatibility.service.CompatibilityService;
import io.oeml.library.estimate.rest.EstimateOptionsQuery;
import io.oeml.library.fleet.service.KnownHosts;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.tuples.Tuple2;

@Path("/api/ai/ollama/models/compatibility")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Model library")
public class CompatibilityResource {

    private final CatalogIndex catalog;
    private final KnownHosts hosts;
    private final CompatibilityService compatibility;

    public CompatibilityResource(CatalogIndex catalog, KnownHosts hosts, CompatibilityService compatibility) {
        this.catalog = catalog;
        this.hosts = hosts;
        this.compatibility = compatibility;
    }

    @GET
    @Path("/{model_name}")
    @Operation(summary = "Fit of a model on a host and across the fleet, largest context, and what would make it fit")
    public Uni<CompatibilityResponse> check(
            @PathParam("model_name") String modelName,
            @QueryParam("host") String host,
            @Valid @BeanParam EstimateOptionsQuery optionsQuery) {
        CatalogEntry entry = catalog.find(modelName).orElseThrow(() -> ApiException.notFound("model '" + modelName + "'"));
        EstimateOptions options = optionsQuery.toOptions();
        // one reactive session per request: its queries run one after the other, never concurrently
        return hosts.resolve(host).chain(target -> hosts.fleet().map(fleet -> Tuple2.of(target, fleet)))
                // dozens of estimates (context search, remedies, fleet): off the event loop
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(t -> new CompatibilityResponse(true, entry.name(), t.getItem1().hostId(),
                        compatibility.assess(entry, t.getItem1(), options, t.getItem2())));
    }

    public record CompatibilityResponse(boolean success, String modelName, String host, Compatibility compatibility) {
    }
}
