package io.oeml.library.search.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.oeml.estimator.model.MemoryEstimate;
import io.oeml.library.catalog.model.CatalogEntry;
import io.oeml.library.catalog.model.Category;
import io.oeml.library.catalog.model.ParameterCount;
import io.oeml.library.fleet.service.KnownHost;
import io.oeml.library.search.model.MatchedOn;
import io.oeml.library.search.model.SearchCriteria;
import io.oeml.library.search.model.SearchHit;
import io.oeml.library.search.model.SearchRequest;
import io.oeml.library.search.model.SearchResults;
import io.oeml.library.search.service.SearchService;
import io.oeml.library.units.Gigabytes;
import io.oeml.library.web.SeedFields;
import io.smallrye.mutiny.Uni;

@Path("/api/ai/ollama/models/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Model library")
public class SearchResource {

    private final SearchService search;

    public SearchResource(SearchService search) {
        this.search = search;
    }

    @GET
    @Operation(summary = "Ranked, typo-tolerant search with category, size, performance, parameter, capability and host filters")
    public Uni<SearchResponse> search(@Valid @BeanParam SearchParams params) {
        return search.search(params.toRequest()).map(SearchResponse::of);
    }

    private static Map<String, Object> filters(SearchRequest request, KnownHost host) {
        SearchCriteria criteria = request.criteria();
        Map<String, Object> filters = new LinkedHashMap<>();
        if (criteria.category() != null) {
            filters.put("category", criteria.category().wireName());
        }
        if (criteria.size() != null) {
            filters.put("size", criteria.size().wireName());
        }
        if (criteria.minPerformance() != null) {
            filters.put("min_performance", criteria.minPerformance());
        }
        if (criteria.maxParameters() != null) {
            filters.put("max_parameters", criteria.maxParameters());
        }
        if (criteria.capability() != null) {
            filters.put("capability", criteria.capability());
        }
        if (host != null) {
            filters.put("fits_host", host.hostId());
        }
        if (request.installedOnly() != null) {
            filters.put("installed", request.installedOnly());
        }
        return filters;
    }

    /**
     * @param count results on this page
     * @param total matches over all pages
     */
    @SeedFields
    public record SearchResponse(boolean success, String query, Map<String, Object> filters, List<SearchResult> results,
            int count, int total, int page, int pageSize, String sort, String order) {

        static SearchResponse of(SearchResults found) {
            SearchCriteria criteria = found.request().criteria();
            List<SearchResult> results = found.hits().stream()
                    .map(hit -> SearchResult.of(hit.hit(), criteria.category(), hit.fit())).toList();
            return new SearchResponse(true, criteria.query(), SearchResource.filters(found.request(), found.fitsHost()),
                    results, results.size(), found.total(), criteria.page(), criteria.pageSize(), criteria.sort(),
                    criteria.descending() ? "desc" : "asc");
        }
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
