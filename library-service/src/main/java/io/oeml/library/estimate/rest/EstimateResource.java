package io.oeml.library.estimate.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.oeml.errors.ApiException;
import io.oeml.library.catalog.model.CatalogEntry;
import io.oeml.library.catalog.rest.QueryParams;
import io.oeml.library.catalog.service.CatalogIndex;
import io.oeml.library.estimate.model.EstimateOptions;
import io.oeml.library.estimate.model.HostHardware;
import io.oeml.library.estimate.model.KnownHost;
import io.oeml.library.estimate.model.MemoryEstimate;
import io.oeml.library.estimate.service.FitCalculator;
import io.oeml.library.estimate.service.KnownHosts;
import io.smallrye.mutiny.Uni;

@Path("/api/ai/ollama/models/estimate")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Model library")
public class EstimateResource {

    private final CatalogIndex catalog;
    private final KnownHosts hosts;
    private final FitCalculator fit;

    public EstimateResource(CatalogIndex catalog, KnownHosts hosts, FitCalculator fit) {
        this.catalog = catalog;
        this.hosts = hosts;
        this.fit = fit;
    }

    @GET
    @Operation(summary = "Memory and fit estimate of a model on a known host or on described hardware, every component shown")
    public Uni<EstimateResponse> estimate(
            @QueryParam("model") String model,
            @QueryParam("quantization") String quantization,
            @QueryParam("num_ctx") String numCtx,
            @QueryParam("kv_cache_type") String kvCacheType,
            @QueryParam("num_parallel") String numParallel,
            @QueryParam("era") String era,
            @QueryParam("host") String host,
            @QueryParam("gpu") List<String> gpus,
            @QueryParam("ram") String ram,
            @QueryParam("ram_free") String ramFree,
            @QueryParam("ram_bandwidth") String ramBandwidth,
            @QueryParam("gpu_overhead") String gpuOverhead) {
        if (model == null || model.isBlank()) {
            throw ApiException.badParameter("model", "is required");
        }
        CatalogEntry entry = catalog.find(model).orElseThrow(() -> ApiException.notFound("model '" + model + "'"));
        Integer ctx = QueryParams.integer("num_ctx", numCtx, 1, 10_485_760);
        EstimateOptions options = new EstimateOptions(quantization == null || quantization.isBlank() ? null : quantization,
                ctx == null ? null : ctx.longValue(), QueryParams.kvCacheType("kv_cache_type", kvCacheType),
                QueryParams.integer("num_parallel", numParallel, 1, 64), QueryParams.era("era", era));
        Uni<KnownHost> target;
        if (HardwareDescription.present(gpus, ram)) {
            if (host != null && !host.isBlank()) {
                throw ApiException.badParameter("host", "cannot be combined with an explicit hardware description");
            }
            target = Uni.createFrom().item(HardwareDescription.parse(gpus, ram, ramFree, ramBandwidth, gpuOverhead));
        } else {
            target = hosts.resolve(host);
        }
        return target.map(known -> new EstimateResponse(true, entry.name(), known.hostId(), known.source(),
                known.hardware(), fit.estimate(entry, known, options)));
    }

    /** @param hostSource fleet, local or request */
    public record EstimateResponse(boolean success, String model, String host, String hostSource, HostHardware hardware,
            MemoryEstimate estimate) {
    }
}
