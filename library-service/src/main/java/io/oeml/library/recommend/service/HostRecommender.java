package io.oeml.library.recommend.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.library.catalog.model.SizeClass;
import io.oeml.library.fleet.service.KnownHost;
import io.oeml.library.fleet.service.KnownHosts;
import io.oeml.library.recommend.model.TaskType;
import io.oeml.library.recommend.service.RecommendationService.Recommendation;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/** Recommendations for a host named by the caller: resolves the host, then ranks with {@link RecommendationService}. */
@ApplicationScoped
public class HostRecommender {

    private final KnownHosts hosts;
    private final RecommendationService recommendations;

    public HostRecommender(KnownHosts hosts, RecommendationService recommendations) {
        this.hosts = hosts;
        this.recommendations = recommendations;
    }

    /** @param hostId a fleet host, {@code local}, or null for the default host */
    public Uni<HostRecommendations> recommend(TaskType task, SizeClass preferredSize, String hostId) {
        // estimates (a few per request, all of them on a host where little fits): off the event loop
        return hosts.resolve(hostId).emitOn(Infrastructure.getDefaultWorkerPool())
                .map(host -> new HostRecommendations(host, recommendations.recommend(task, preferredSize, host)));
    }

    public record HostRecommendations(KnownHost host, List<Recommendation> recommendations) {
    }
}
