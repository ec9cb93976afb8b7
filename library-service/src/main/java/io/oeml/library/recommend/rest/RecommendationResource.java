package io.oeml.library.recommend.rest;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.oeml.estimator.model.HostHardware;
import io.oeml.library.fleet.service.KnownHost;
import io.oeml.library.recommend.model.TaskType;
import io.oeml.library.recommend.service.HostRecommender;
import io.oeml.library.recommend.service.RecommendationService;
import io.oeml.library.recommend.service.RecommendationService.Recommendation;
import io.oeml.library.units.Gigabytes;
import io.oeml.library.web.SeedFields;
import io.smallrye.mutiny.Uni;

@Path("/api/ai/ollama/models/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Model library")
public class RecommendationResource {

    private final HostRecommender recommender;

    public RecommendationResource(HostRecommender recommender) {
        this.recommender = recommender;
    }

    @GET
    @Operation(summary = "Models that fit a host, ranked for a task by published quality, expected speed and headroom")
    public Uni<RecommendationResponse> recommend(@Valid @BeanParam RecommendationParams params) {
        return recommender.recommend(params.taskType(), params.preferredSize(), params.host())
                .map(found -> new RecommendationResponse(true, params.taskType().wireName(),
                        params.preferredSize() == null ? null : params.preferredSize().wireName(),
                        SystemInfo.of(found.host()), found.recommendations()));
    }

    @GET
    @Path("tasks")
    @Operation(summary = "The tasks recommendations rank for: the category scores that measure each and the capability it needs")
    public TaskList tasks() {
        return new TaskList(Arrays.stream(TaskType.values()).map(TaskView::of).toList());
    }

    @SeedFields
    public record RecommendationResponse(boolean success, String taskType, String preferredSize, SystemInfo systemInfo,
            List<Recommendation> recommendations) {
    }

    public record TaskList(List<TaskView> tasks) {
    }

    /**
     * @param task the {@code task_type} value
     * @param categoryWeights the categories whose published scores measure quality for the task, and their weights
     * @param requiredCapability what a model must be able to do (Ollama's capability word) to be recommended for it
     */
    public record TaskView(String task, Map<String, Double> categoryWeights, String requiredCapability) {

        static TaskView of(TaskType task) {
            Map<String, Double> weights = new TreeMap<>();
            task.weights().forEach((category, weight) -> weights.put(category.wireName(), weight));
            return new TaskView(task.wireName(), weights, task.requiredCapability());
        }
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
