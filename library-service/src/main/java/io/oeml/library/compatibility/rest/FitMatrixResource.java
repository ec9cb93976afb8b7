package io.oeml.library.compatibility.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.oeml.library.compatibility.model.FitMatrix;
import io.oeml.library.compatibility.service.CompatibilityService;
import io.oeml.library.web.EstimateParams;
import io.oeml.library.web.ModelNames;
import io.smallrye.mutiny.Uni;

@Path("/api/ai/ollama/models/fit-matrix")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Model library")
public class FitMatrixResource {

    private final CompatibilityService compatibility;

    public FitMatrixResource(CompatibilityService compatibility) {
        this.compatibility = compatibility;
    }

    @GET
    @Operation(summary = "Which model can run on which fleet host, and how (placement, size, expected speed)")
    public Uni<FitMatrixResponse> matrix(@QueryParam("models") ModelNames models, @Valid @BeanParam EstimateParams options) {
        List<String> names = models == null ? null : models.names();
        return compatibility.fitMatrix(names, options.toOptions())
                .map(matrix -> new FitMatrixResponse(true, matrix.hosts(), matrix.rows().size(), matrix.rows()));
    }

    public record FitMatrixResponse(boolean success, List<String> hosts, int count, List<FitMatrix.Row> rows) {
    }
}
