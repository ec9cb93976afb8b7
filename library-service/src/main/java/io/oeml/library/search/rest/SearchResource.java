package io.oeml.library.search.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.oeml.errors.ApiException;
import io.oeml.estimator.model.EstimateOptions;
import io.oeml.estimator.model.MemoryEstimate;
import io.oeml.estimator.model.Placement;
import io.oeml.library.catalog.model.CatalogEntry;
import io.oeml.library.catalog.model.Category;
import io.oeml.library.catalog.model.ParameterCount;
import io.oeml.library.catalog.model.SizeClass;
import io.oeml.library.catalog.rest.QueryParams;
import io.oeml.library.catalog.rest.SeedFields;
import io.oeml.library.estimate.service.FitCalculator;
import io.oeml.library.fleet.service.KnownHost;
import io.oeml.library.fleet.service.KnownHosts;
import io.oeml.library.search.model.MatchedOn;
import io.oeml.library.search.model.SearchCriteria;
import io.oeml.library.search.model.SearchHit;
import io.oeml.library.search.service.SearchEngine;
import io.oeml.library.units.Gigabytes;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.tuples.Tuple2;

@Path("/api/ai/ollama/models/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Model library")
public class SearchResource {

    /** The query is data (matched as words, never reaching SQL or HTML): any printable text up to this length. */
    static final int MAX_QUERY_LENGTH = 200;

    private final SearchEngine engine;
    private final KnownHosts hosts;
    private final FitCalculator fit;

    public SearchResource(SearchEngine engine, KnownHosts hosts, FitCalculator fit) {
        this.engine = engine;
        this.hosts = hosts;
        this.fit = fit;
    }

    @GET
    @Operation(summary = "Ranked, typo-tolerant search with category, size, performance, parameter, capability and host filters")
    public Uni<SearchResponse> search(
            @QueryParam("query") String query,
            @QueryParam("category") String category,
            @QueryParam("size") String size,
            @QueryParam("min_performance") String minPerformance,
            @QueryParam("max_parameters") String maxParameters,
            @QueryParam("capability") String capability,
            @QueryParam("fits_host") String fitsHost,
            @QueryParam("installed") String installed,
            @QueryParam("sort") String sort,
            @QueryParam("order") String order,
            @QueryParam("page") String page,
            @QueryParam("page_size") String pageSize) {
        String cleanQuery = QueryParams.text("query", query, MAX_QUERY_LENGTH);
        Category categoryFilter = QueryParams.category("category", category);
        SizeClass sizeFilter = QueryParams.size("size", size);
        Double minScore = QueryParams.unitInterval("min_performance", minPerformance);
        Long maxParams = QueryParams.parameters("max_parameters", maxParameters);
        // capabilities are an open set (discovered models bring their own): an unknown one matches no model
        String capabilityFilter = QueryParams.text("capability", capability, QueryParams.MAX_TEXT_LENGTH);
        Boolean installedOnly = installed == null || installed.isBlank() ? null : bool("installed", installed);
        String sortKey = sort == null || sort.isBlank() ? (cleanQuery == null ? "performance" : "relevance") : sort.trim();
        if (!SearchCriteria.SORTS.contains(sortKey)) {
            throw ApiException.badParameter("sort", "must be one of " + String.join(", ", SearchCriteria.SORTS.stream().sorted().toList()));
        }
        boolean descending = order == null || order.isBlank() ? !sortKey.equals("name") && !sortKey.equals("memory")
                && !sortKey.equals("parameters") : direction(order);
        int pageNumber = orDefault(QueryParams.integer("page", page, 1, 100_000), 1);
        int size1 = orDefault(QueryParams.integer("page_size", pageSize, 1, 100), 20);

        Uni<KnownHost> host = fitsHost == null || fitsHost.isBlank() ? Uni.createFrom().nullItem() : hosts.resolve(fitsHost.trim());
        Uni<Set<String>> installedNames = Boolean.TRUE.equals(installedOnly)
                ? hosts.fleet().map(fleet -> fleet.stream().flatMap(h -> h.installedModels().stream())
                        .map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()))
                : Uni.createFrom().nullItem();
        // one reactive session per request: its queries run one after the other, never concurrently
        Uni<Tuple2<KnownHost, Set<String>>> inputs = host.chain(target -> installedNames.map(names -> Tuple2.of(target, names)));
        if (fitsHost != null && !fitsHost.isBlank()) {
            // fits_host estimates every candidate: once the database reads are done, that work leaves the event loop
            inputs = inputs.emitOn(Infrastructure.getDefaultWorkerPool());
        }
        return inputs.map(tuple -> {
            KnownHost target = tuple.getItem1();
            SearchCriteria criteria = new SearchCriteria(cleanQuery, categoryFilter, sizeFilter, minScore, maxParams,
                    capabilityFilter, tuple.getItem2(), sortKey, descending, pageNumber, size1);
            Map<String, MemoryEstimate> fits = new LinkedHashMap<>();
            SearchEngine.SearchPage found = engine.search(criteria, entry -> target == null || fitsOn(entry, target, fits));
            List<SearchResult> results = found.hits().stream()
                    .map(hit -> SearchResult.of(hit, categoryFilter, fits.get(hit.entry().name()))).toList();
            return new SearchResponse(true, cleanQuery, filters(categoryFilter, sizeFilter, minScore, maxParams,
                    capabilityFilter, target, installedOnly), results, results.size(), found.total(), pageNumber, size1,
                    sortKey, descending ? "desc" : "asc");
        });
    }

    private boolean fitsOn(CatalogEntry entry, KnownHost host, Map<String, MemoryEstimate> fits) {
        MemoryEstimate estimate = fit.estimate(entry, host, EstimateOptions.defaults());
        if (estimate.placement() == Placement.DOES_NOT_FIT) {
            return false;
        }
        fits.put(entry.name(), estimate);
        return true;
    }

    private static Map<String, Object> filters(Category category, SizeClass size, Double minPerformance, Long maxParameters,
            String capability, KnownHost host, Boolean installed) {
        Map<String, Object> filters = new LinkedHashMap<>();
        if (category != null) {
            filters.put("category", category.wireName());
        }
        if (size != null) {
            filters.put("size", size.wireName());
        }
        if (minPerformance != null) {
            filters.put("min_performance", minPerformance);
        }
        if (maxParameters != null) {
            filters.put("max_parameters", maxParameters);
        }
        if (capability != null) {
            filters.put("capability", capability);
        }
        if (host != null) {
            filters.put("fits_host", host.hostId());
        }
        if (installed != null) {
            filters.put("installed", installed);
        }
        return filters;
    }

    private static boolean bool(String name, String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.badParameter(name, "must be true or false");
        };
    }

    private static boolean direction(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "desc" -> true;
            case "asc" -> false;
            default -> throw ApiException.badParameter("order", "must be asc or desc");
        };
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    /**
     * @param count results on this page
     * @param total matches over all pages
     */
    @SeedFields
    public record SearchResponse(boolean success, String query, Map<String, Object> filters, List<SearchResult> results,
            int count, int total, int page, int pageSize, String sort, String order) {
    }

    /**
     * @param category the filtered category, else the model's first category
     * @param matchedOn name, family, capability, category, description (the fields of the best match of each query
     *        word), typo when one was tolerated; empty without a query
     * @param fit placement on the fits_host host, when one was given
     */
    @SeedFields
    public record SearchResult(String name, String category, List<String> categories, String size, Long parameterCount,
            Double performanceScore, double relevanceScore, List<String> matchedOn, double memoryRequirementsGb,
            List<String> capabilities, FitSummary fit) {

        static SearchResult of(SearchHit hit, Category filtered, MemoryEstimate estimate) {
            CatalogEntry entry = hit.entry();
            List<String> categories = entry.categories().stream().sorted().map(Category::wireName).toList();
            String category = filtered != null ? filtered.wireName() : categories.isEmpty() ? null : categories.get(0);
            return new SearchResult(entry.name(), category, categories, ParameterCount.label(entry.parameterCount()),
                    entry.parameterCount() > 0 ? entry.parameterCount() : null, hit.performance(), hit.relevance(),
                    hit.matchedOn().stream().map(MatchedOn::wireName).toList(), entry.memoryRequirementGb(),
                    entry.facts().capabilities(),
                    estimate == null ? null : FitSummary.of(estimate));
        }
    }

    @SeedFields
    public record FitSummary(String placement, String processor, double sizeGb, Double expectedTokensPerSecond) {
        public static FitSummary of(MemoryEstimate estimate) {
            return new FitSummary(estimate.placement().name().toLowerCase(Locale.ROOT), estimate.processor(),
                    Gigabytes.rounded(estimate.sizeBytes()), estimate.decode().expectedTokensPerSecond());
        }
    }
}
