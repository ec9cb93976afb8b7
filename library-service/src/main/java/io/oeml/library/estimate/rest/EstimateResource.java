package io.oeml.library.estimate.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.oeml.estimator.model.HostHardware;
import io.oeml.estimator.model.MemoryEstimate;
import io.oeml.library.estimate.service.EstimateService;
import io.oeml.library.estimate.service.EstimateService.Estimate;
import io.oeml.library.web.EstimateParams;
import io.smallrye.mutiny.Uni;

@Path("/api/ai/ollama/models/estimate")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Model library")
public class EstimateResource {

    private final EstimateService estimates;

    public EstimateResource(EstimateService estimates) {
        this.estimates = estimates;
    }

    @GET
    @Operation(summary = "Memory and fit estimate of a catalog model (a tag may name its quantization, e.g. "
            + "llama3.2:3b-instruct-q8_0) on a known host or on described hardware, every component shown")
    public Uni<EstimateResponse> estimate(@QueryParam("model") @NotBlank(message = "is required") String model,
            @Valid @BeanParam EstimateParams options, @Valid @BeanParam HardwareQuery hardware) {
        return estimates.estimate(model.strip(), options.toOptions(), hardware.toTarget()).map(EstimateResponse::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Memory and fit estimate of a model described by its architecture facts or GGUF metadata "
            + "(not necessarily in the catalog); options and host as for GET")
    public Uni<EstimateResponse> estimateFacts(@Valid @NotNull ModelFactsRequest facts,
            @Valid @BeanParam EstimateParams options, @Valid @BeanParam HardwareQuery hardware) {
        return estimates.estimate(facts.toDescription(), options.toOptions(), hardware.toTarget()).map(EstimateResponse::of);
    }

    /**
     * @param modelSource catalog, catalog_tag (a catalog model at the quantization its tag names) or request (facts)
     * @param hostSource fleet, local or request
     */
    public record EstimateResponse(boolean success, String model, String modelSource, String host, String hostSource,
            HostHardware hardware, MemoryEstimate estimate) {

        static EstimateResponse of(Estimate estimate) {
            return new EstimateResponse(true, estimate.model(), estimate.modelSource(), estimate.host().hostId(),
                    estimate.host().source(), estimate.host().hardware(), estimate.estimate());
        }
    }
}
