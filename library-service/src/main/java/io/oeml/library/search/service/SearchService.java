package io.oeml.library.search.service;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.estimator.model.EstimateOptions;
import io.oeml.estimator.model.MemoryEstimate;
import io.oeml.estimator.model.Placement;
import io.oeml.library.catalog.model.CatalogEntry;
import io.oeml.library.estimate.service.FitCalculator;
import io.oeml.library.fleet.service.KnownHost;
import io.oeml.library.fleet.service.KnownHosts;
import io.oeml.library.search.model.SearchCriteria;
import io.oeml.library.search.model.SearchRequest;
import io.oeml.library.search.model.SearchResults;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.tuples.Tuple2;

/** Search with the fleet's filters: what is installed where, and what fits a host. */
@ApplicationScoped
public class SearchService {

    private final SearchEngine engine;
    private final KnownHosts hosts;
    private final FitCalculator fit;

    public SearchService(SearchEngine engine, KnownHosts hosts, FitCalculator fit) {
        this.engine = engine;
        this.hosts = hosts;
        this.fit = fit;
    }

    public Uni<SearchResults> search(SearchRequest request) {
        Uni<KnownHost> host = request.fitsHost() == null ? Uni.createFrom().nullItem() : hosts.resolve(request.fitsHost());
        Uni<Set<String>> installedNames = Boolean.TRUE.equals(request.installedOnly())
                ? hosts.fleet().map(fleet -> fleet.stream().flatMap(h -> h.installedModels().stream())
                        .map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()))
                : Uni.createFrom().nullItem();
        // one reactive session per request: its queries run one after the other, never concurrently
        Uni<Tuple2<KnownHost, Set<String>>> inputs = host.chain(target -> installedNames.map(names -> Tuple2.of(target, names)));
        if (request.fitsHost() != null) {
            // fits_host estimates every candidate: once the database reads are done, that work leaves the event loop
            inputs = inputs.emitOn(Infrastructure.getDefaultWorkerPool());
        }
        return inputs.map(t -> search(request, t.getItem1(), t.getItem2()));
    }

    private SearchResults search(SearchRequest request, KnownHost target, Set<String> installedNames) {
        SearchCriteria criteria = request.criteria().withInstalledModels(installedNames);
        Map<String, MemoryEstimate> fits = new LinkedHashMap<>();
        SearchEngine.SearchPage found = engine.search(criteria, entry -> target == null || fitsOn(entry, target, fits));
        return new SearchResults(request, target, found.hits().stream()
                .map(hit -> new SearchResults.Found(hit, fits.get(hit.entry().name()))).toList(), found.total());
    }

    private boolean fitsOn(CatalogEntry entry, KnownHost host, Map<String, MemoryEstimate> fits) {
        MemoryEstimate estimate = fit.estimate(entry, host, EstimateOptions.defaults());
        if (estimate.placement() == Placement.DOES_NOT_FIT) {
            return false;
        }
        fits.put(entry.name(), estimate);
        return true;
    }
}
