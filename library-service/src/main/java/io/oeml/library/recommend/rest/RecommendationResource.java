package io.oeml.library.recommend.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.oeml.errors.ApiException;
import io.oeml.library.catalog.model.SizeClass;
import io.oeml.library.catalog.rest.QueryParams;
import io.oeml.library.catalog.rest.SeedFields;
import io.oeml.library.estimate.model.HostHardware;
import io.oeml.library.estimate.model.KnownHost;
import io.oeml.library.estimate.service.KnownHosts;
import io.oeml.library.benchmark.service.BenchmarkResults;
import io.oeml.library.recommend.model.TaskType;
import io.oeml.library.recommend.service.RecommendationService;
import io.oeml.library.recommend.service.RecommendationService.Recommendation;
import io.oeml.library.units.Gigabytes;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.tuples.Tuple2;
import io.smallrye.mutiny.infrastructure.Infrastructure;

@Path("/api/ai/ollama/models/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Model library")
public class RecommendationResource {

    private final KnownHosts hosts;
    private final RecommendationService recommendations;
    private final BenchmarkResults benchmarks;

    public RecommendationResource(KnownHosts hosts, RecommendationService recommendations, BenchmarkResults benchmarks) {
        this.benchmarks = benchmarks;
        this.hosts = hosts;
        this.recommendations = recommendations;
    }

    @GET
    @Operation(summary = "Models that fit a host, ranked for a task by published quality, expected speed and headroom")
    public Uni<RecommendationResponse> recommend(
            @QueryParam("task_type") String taskType,
            @QueryParam("preferred_size") String preferredSize,
            @QueryParam("host") String host) {
        if (taskType == null || taskType.isBlank()) {
            throw ApiException.badParameter("task_type", "is required: one of " + String.join(", ", TaskType.wireNames()));
        }
        TaskType task = TaskType.fromWire(taskType);
        if (task == null) {
            throw ApiException.badParameter("task_type", "must be one of " + String.join(", ", TaskType.wireNames()));
        }
        SizeClass size = QueryParams.size("preferred_size", preferredSize);
        // estimates (a few per request, all of them on a host where little fits): off the event loop
        return hosts.resolve(host).chain(known -> benchmarks.of(known.hostId()).map(speeds -> Tuple2.of(known, speeds)))
                .emitOn(Infrastructure.getDefaultWorkerPool()).map(t -> new RecommendationResponse(true, task.wireName(),
                        size == null ? null : size.wireName(), SystemInfo.of(t.getItem1()),
                        recommendations.recommend(task, size, t.getItem1(), t.getItem2())));
    }

    @SeedFields
    public record RecommendationResponse(boolean success, String taskType, String preferredSize, SystemInfo systemInfo,
            List<Recommendation> recommendations) {
    }

    /** The capacity the ranking used, GB (10^9 bytes). */
    @SeedFields
    public record SystemInfo(String hostId, String source, double totalMemoryGb, double availableMemoryGb,
            boolean gpuAvailable, double gpuMemoryGb, double gpuFreeMemoryGb, int gpuCount, Double memoryBandwidthGbps) {

        static SystemInfo of(KnownHost host) {
            HostHardware hw = host.hardware();
            return new SystemInfo(host.hostId(), host.source(), Gigabytes.rounded(hw.ramTotalBytes()),
                    Gigabytes.rounded(hw.ramFreeBytes()), hw.hasGpu(), Gigabytes.rounded(hw.gpuTotalBytes()),
                    Gigabytes.rounded(hw.gpuFreeBytes()), hw.gpus().size(), hw.ramBandwidthGbps());
        }
    }
}
