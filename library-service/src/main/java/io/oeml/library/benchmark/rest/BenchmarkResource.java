package io.oeml.library.benchmark.rest;

import java.util.List;

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

import io.oeml.errors.ApiException;
import io.oeml.library.benchmark.BenchmarkConfig;
import io.oeml.library.benchmark.service.BenchmarkRequests;
import io.oeml.library.benchmark.service.BenchmarkResults;
import io.oeml.library.benchmark.service.BenchmarkRunView;
import io.oeml.library.benchmark.service.MeasuredSpeed;
import io.oeml.library.catalog.rest.QueryParams;
import io.smallrye.mutiny.Uni;

@Path("/api/ai/ollama/hosts/{host_id}/benchmarks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Hosts")
public class BenchmarkResource {

    /** Ollama's smallest useful context up to 1 Mi tokens. */
    private static final int MIN_CTX = 256;
    private static final int MAX_CTX = 1 << 20;

    private final BenchmarkRequests requests;
    private final BenchmarkResults results;
    private final BenchmarkConfig config;

    public BenchmarkResource(BenchmarkRequests requests, BenchmarkResults results, BenchmarkConfig config) {
        this.requests = requests;
        this.results = results;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask the host's agent to benchmark an installed model; the result joins the host's history")
    public Uni<Response> request(@PathParam("host_id") String hostId, BenchmarkRequestBody body) {
        if (body == null || body.model() == null || body.model().isBlank()) {
            throw ApiException.badParameter("model", "is required");
        }
        String model = QueryParams.text("model", body.model().trim(), 200);
        int numCtx = body.numCtx() == null ? config.defaultNumCtx()
                : QueryParams.integer("num_ctx", body.numCtx().toString(), MIN_CTX, MAX_CTX);
        return requests.request(hostId, model, numCtx).map(r -> Response.accepted(new BenchmarkAccepted(true,
                r.requestId(), r.hostId(), r.model(), r.numCtx(), "requested: the host's agent runs it and reports to "
                        + "GET /api/ai/ollama/hosts/" + hostId + "/benchmarks")).build());
    }

    @GET
    @Operation(summary = "The host's benchmark history (newest first) and its latest speed per model and context")
    public Uni<BenchmarkHistory> history(@PathParam("host_id") String hostId) {
        return results.history(hostId).map(h -> new BenchmarkHistory(true, hostId, h.latest(), h.runs()));
    }

    public record BenchmarkRequestBody(String model, Integer numCtx) {
    }

    public record BenchmarkAccepted(boolean success, String requestId, String host, String model, int numCtx,
            String message) {
    }

    public record BenchmarkHistory(boolean success, String host, List<MeasuredSpeed> latest, List<BenchmarkRunView> runs) {
    }
}
