package io.oeml.library.compatibility.rest;

import java.util.List;

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

import io.oeml.library.benchmark.service.MeasuredSpeed;
import io.oeml.library.compatibility.service.CompatibilityService;
import io.oeml.library.compatibility.service.CompatibilityService.Compatibility;
import io.oeml.library.web.EstimateParams;
import io.smallrye.mutiny.Uni;

@Path("/api/ai/ollama/models/compatibility")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Model library")
public class CompatibilityResource {

    private final CompatibilityService compatibility;

    public CompatibilityResource(CompatibilityService compatibility) {
        this.compatibility = compatibility;
    }

    @GET
    @Path("/{model_name}")
    @Operation(summary = "Fit of a model on a host and across the fleet, largest context, and what would make it fit")
    public Uni<CompatibilityResponse> check(@PathParam("model_name") String modelName, @QueryParam("host") String host,
            @Valid @BeanParam EstimateParams options) {
        return compatibility.assess(modelName, host, options.toOptions())
                .map(found -> new CompatibilityResponse(true, found.entry().name(), found.host().hostId(),
                        found.compatibility(), found.benchmarks()));
    }

    /** @param benchmarks the latest benchmark of the model on every host that has one */
    public record CompatibilityResponse(boolean success, String modelName, String host, Compatibility compatibility,
            List<MeasuredSpeed> benchmarks) {
    }
}
