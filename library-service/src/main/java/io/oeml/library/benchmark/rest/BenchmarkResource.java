package io.oeml.library.benchmark.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.oeml.identity.claims.IdentityClaims;
import io.oeml.library.audit.service.Audits;
import io.oeml.library.benchmark.service.BenchmarkRequests;
import io.oeml.library.benchmark.service.BenchmarkResults;
import io.oeml.library.benchmark.service.BenchmarkRunView;
import io.oeml.library.benchmark.service.MeasuredSpeed;
import io.smallrye.mutiny.Uni;

@Path("/api/ai/ollama/hosts/{host_id}/benchmarks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Hosts")
public class BenchmarkResource {

    private final BenchmarkRequests requests;
    private final BenchmarkResults results;
    private final Audits audits;

    public BenchmarkResource(BenchmarkRequests requests, BenchmarkResults results, Audits audits) {
        this.requests = requests;
        this.results = results;
        this.audits = audits;
    }

    @POST
    @RolesAllowed(IdentityClaims.ROLE_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask the host's agent to benchmark an installed model; the result joins the host's history (admin)")
    public Uni<Response> request(@PathParam("host_id") String hostId,
            @Valid @NotNull(message = "is required: a JSON object with model") BenchmarkRequestBody body) {
        String model = body.model().strip();
        return requests.request(hostId, model, body.numCtx(), audits.succeeded(Audits.BENCHMARK_REQUESTED, Audits.HOST, hostId, model))
                .map(r -> Response.accepted(
                new BenchmarkAccepted(true, r.requestId(), r.hostId(), r.model(), r.numCtx(), "requested: the host's "
                        + "agent runs it and reports to GET /api/ai/ollama/hosts/" + hostId + "/benchmarks")).build());
    }

    @GET
    @Operation(summary = "The host's benchmark history (newest first) and its latest speed per model and context")
    public Uni<BenchmarkHistory> history(@PathParam("host_id") String hostId) {
        return results.history(hostId).map(h -> new BenchmarkHistory(true, hostId, h.latest(), h.runs()));
    }

    /**
     * @param model an installed model as the host lists it ({@code name} alone meaning {@code name:latest})
     * @param numCtx Ollama's smallest useful context up to 1 Mi tokens; absent for the service's default
     */
    public record BenchmarkRequestBody(
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String model,
            @Min(value = 256, message = "must be between 256 and 1048576")
            @Max(value = 1 << 20, message = "must be between 256 and 1048576") Integer numCtx) {
    }

    public record BenchmarkAccepted(boolean success, String requestId, String host, String model, int numCtx,
            String message) {
    }

    public record BenchmarkHistory(boolean success, String host, List<MeasuredSpeed> latest, List<BenchmarkRunView> runs) {
    }
}
