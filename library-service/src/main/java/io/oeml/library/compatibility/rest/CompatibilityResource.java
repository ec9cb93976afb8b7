package io.oeml.library.compatibility.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.oeml.errors.ApiException;
import io.oeml.library.benchmark.BenchmarkConfig;
import io.oeml.library.benchmark.service.BenchmarkResults;
import io.oeml.library.benchmark.service.MeasuredSpeed;
import io.oeml.library.catalog.model.CatalogEntry;
import io.oeml.library.catalog.rest.QueryParams;
import io.oeml.library.catalog.service.CatalogIndex;
import io.oeml.library.compatibility.service.CompatibilityService;
import io.oeml.library.compatibility.service.CompatibilityService.Compatibility;
import io.oeml.library.estimate.model.EstimateOptions;
import io.oeml.library.estimate.service.KnownHosts;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.tuples.Tuple2;
import io.smallrye.mutiny.tuples.Tuple3;

@Path("/api/ai/ollama/models/compatibility")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Model library")
public class CompatibilityResource {

    private final CatalogIndex catalog;
    private final KnownHosts hosts;
    private final CompatibilityService compatibility;
    private final BenchmarkResults benchmarks;
    private final BenchmarkConfig benchmarkConfig;

    public CompatibilityResource(CatalogIndex catalog, KnownHosts hosts, CompatibilityService compatibility,
            BenchmarkResults benchmarks, BenchmarkConfig benchmarkConfig) {
        this.benchmarks = benchmarks;
        this.benchmarkConfig = benchmarkConfig;
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
            @QueryParam("quantization") String quantization,
            @QueryParam("num_ctx") String numCtx,
            @QueryParam("kv_cache_type") String kvCacheType,
            @QueryParam("num_parallel") String numParallel,
            @QueryParam("era") String era) {
        CatalogEntry entry = catalog.find(modelName).orElseThrow(() -> ApiException.notFound("model '" + modelName + "'"));
        Integer ctx = QueryParams.integer("num_ctx", numCtx, 1, 10_485_760);
        EstimateOptions options = new EstimateOptions(quantization == null || quantization.isBlank() ? null : quantization,
                ctx == null ? null : ctx.longValue(), QueryParams.kvCacheType("kv_cache_type", kvCacheType),
                QueryParams.integer("num_parallel", numParallel, 1, 64), QueryParams.era("era", era));
        // one reactive session per request: its queries run one after the other, never concurrently
        long benchmarkCtx = ctx != null ? ctx : benchmarkConfig.defaultNumCtx();
        return hosts.resolve(host).chain(target -> hosts.fleet().map(fleet -> Tuple2.of(target, fleet)))
                .chain(t -> benchmarks.forModel(entry, benchmarkCtx).map(speeds -> Tuple3.of(t.getItem1(), t.getItem2(), speeds)))
                // dozens of estimates (context search, remedies, fleet): off the event loop
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(t -> new CompatibilityResponse(true, entry.name(), t.getItem1().hostId(),
                        compatibility.withBenchmark(compatibility.assess(entry, t.getItem1(), options, t.getItem2()),
                                t.getItem3().stream().filter(s -> s.hostId().equals(t.getItem1().hostId())).findFirst()
                                        .orElse(null)),
                        t.getItem3()));
    }

    /** @param benchmarks the latest benchmark of the model on every host that has one */
    public record CompatibilityResponse(boolean success, String modelName, String host, Compatibility compatibility,
            List<MeasuredSpeed> benchmarks) {
    }
}
