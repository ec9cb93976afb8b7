package io.oeml.library.search.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;

import io.oeml.library.catalog.model.Category;
import io.oeml.library.catalog.model.SizeClass;
import io.oeml.library.search.model.SearchCriteria;
import io.oeml.library.search.model.SearchRequest;
import io.oeml.library.search.model.SearchSort;
import io.oeml.library.search.model.SortOrder;
import io.oeml.library.web.ParameterCountParam;
import io.oeml.rest.FreeText;
import io.oeml.rest.MaxLength;

/**
 * The query parameters of a search. Capabilities are an open set (discovered models bring their own): an unknown one
 * matches no model. The query is data (matched as words, never reaching SQL or HTML): any printable text up to
 * {@value #MAX_QUERY_LENGTH} characters.
 */
public record SearchParams(
        @QueryParam("query") @MaxLength(MAX_QUERY_LENGTH) String query,
        @QueryParam("category") Category category,
        @QueryParam("size") SizeClass size,
        @QueryParam("min_performance") @DecimalMin(value = "0", message = UNIT_INTERVAL)
        @DecimalMax(value = "1", message = UNIT_INTERVAL) Double minPerformance,
        @QueryParam("max_parameters") ParameterCountParam maxParameters,
        @QueryParam("capability") String capability,
        @QueryParam("fits_host") String fitsHost,
        @QueryParam("installed") Boolean installed,
        @QueryParam("sort") SearchSort sort,
        @QueryParam("order") SortOrder order,
        @QueryParam("page") @Min(value = 1, message = PAGES) @Max(value = 100_000, message = PAGES) Integer page,
        @QueryParam("page_size") @Min(value = 1, message = PAGE_SIZES) @Max(value = 100, message = PAGE_SIZES) Integer pageSize) {

    static final int MAX_QUERY_LENGTH = 200;
    private static final String UNIT_INTERVAL = "must be between 0.0 and 1.0";
    private static final String PAGES = "must be between 1 and 100000";
    private static final String PAGE_SIZES = "must be between 1 and 100";

    public SearchParams {
        query = FreeText.of(query);
        capability = FreeText.of(capability);
        fitsHost = FreeText.of(fitsHost);
    }

    /** Without a sort, a query sorts by relevance, else by performance; the order defaults to the sort's own. */
    SearchRequest toRequest() {
        SearchSort sortBy = sort != null ? sort : query == null ? SearchSort.PERFORMANCE : SearchSort.RELEVANCE;
        boolean descending = order == null ? !sortBy.ascendingByDefault() : order == SortOrder.DESC;
        return new SearchRequest(new SearchCriteria(query, category, size, minPerformance,
                maxParameters == null ? null : maxParameters.count(), capability, null, sortBy.wireName(), descending,
                page == null ? 1 : page, pageSize == null ? 20 : pageSize), fitsHost, installed);
    }
}
