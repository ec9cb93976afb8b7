package io.oeml.library.recommend.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.library.benchmark.service.BenchmarkResults;
import io.oeml.library.catalog.model.SizeClass;
import io.oeml.library.fleet.service.KnownHost;
import io.oeml.library.fleet.service.KnownHosts;
import io.oeml.library.recommend.model.TaskType;
import io.oeml.library.recommend.service.RecommendationService.Recommendation;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Recommendations for a host named by the caller: resolves the host and reads what was measured on it (benchmarks,
 * optimizer results), then ranks with {@link RecommendationService} (a measured speed ahead of the estimate).
 */
@ApplicationScoped
public class HostRecommender {

    private final KnownHosts hosts;
    private final RecommendationService recommendations;
    private final BenchmarkResults benchmarks;

    public HostRecommender(KnownHosts hosts, RecommendationService recommendations, BenchmarkResults benchmarks) {
        this.hosts = hosts;
        this.recommendations = recommendations;
        this.benchmarks = benchmarks;
    }

    /** @param hostId a fleet host, {@code local}, or null for the default host */
    public Uni<HostRecommendations> recommend(TaskType task, SizeClass preferredSize, String hostId) {
        // estimates (a few per request, all of them on a host where little fits): off the event loop
        return hosts.resolve(hostId).chain(host -> benchmarks.of(host.hostId())
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(measured -> new HostRecommendations(host, recommendations.recommend(task, preferredSize, host, measured))));
    }

    public record HostRecommendations(KnownHost host, List<Recommendation> recommendations) {
    }
}
