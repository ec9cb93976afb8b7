package io.oeml.library.search.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.library.catalog.model.CatalogEntry;
import io.oeml.library.catalog.service.CatalogIndex;
import io.oeml.library.search.model.SearchCriteria;
import io.oeml.library.search.model.SearchHit;

/** Ranked, filtered search over the in-memory catalog. */
@ApplicationScoped
public class SearchEngine {

    private final CatalogIndex catalog;
    private volatile Prepared prepared;

    public SearchEngine(CatalogIndex catalog) {
        this.catalog = catalog;
    }

    /** Every matching hit, sorted; the caller pages. {@code extraFilter} runs last (it may be costly). */
    public List<SearchHit> search(SearchCriteria criteria, Predicate<CatalogEntry> extraFilter) {
        SearchIndex index = index();
        double[] relevance = relevance(index, criteria.query());
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < index.entries.size(); i++) {
            if (relevance[i] <= 0) {
                continue;
            }
            CatalogEntry entry = index.entries.get(i);
            if (!passes(entry, criteria)) {
                continue;
            }
            Double performance = criteria.category() != null ? entry.score(criteria.category()) : entry.bestScore();
            if (criteria.minPerformance() != null && (performance == null || performance < criteria.minPerformance())) {
                continue;
            }
            if (!extraFilter.test(entry)) {
                continue;
            }
            hits.add(new SearchHit(entry, Math.round(relevance[i] * 1000) / 1000.0, performance));
        }
        hits.sort(comparator(criteria));
        return hits;
    }

    private static boolean passes(CatalogEntry entry, SearchCriteria criteria) {
        if (criteria.category() != null && !entry.categories().contains(criteria.category())) {
            return false;
        }
        if (criteria.size() != null && entry.sizeClass() != criteria.size()) {
            return false;
        }
        if (criteria.maxParameters() != null && (entry.parameterCount() <= 0 || entry.parameterCount() > criteria.maxParameters())) {
            return false;
        }
        if (criteria.capability() != null
                && entry.facts().capabilities().stream().noneMatch(c -> c.equalsIgnoreCase(criteria.capability()))) {
            return false;
        }
        return criteria.installedModels() == null || criteria.installedModels().contains(entry.name().toLowerCase(Locale.ROOT));
    }

    private static double[] relevance(SearchIndex index, String query) {
        double[] scores = new double[index.entries.size()];
        List<String> tokens = SearchIndex.tokens(query);
        if (tokens.isEmpty()) {
            java.util.Arrays.fill(scores, 1.0);
            return scores;
        }
        String whole = query.trim().toLowerCase(Locale.ROOT);
        double[] perToken = new double[scores.length];
        for (String token : tokens) {
            java.util.Arrays.fill(perToken, 0);
            for (Map.Entry<String, List<SearchIndex.Posting>> indexed : index.postings.entrySet()) {
                double quality = TokenMatcher.quality(token, indexed.getKey());
                if (quality == 0) {
                    continue;
                }
                for (SearchIndex.Posting posting : indexed.getValue()) {
                    perToken[posting.entry()] = Math.max(perToken[posting.entry()], quality * posting.weight());
                }
            }
            for (int i = 0; i < scores.length; i++) {
                scores[i] += perToken[i] / tokens.size();
            }
        }
        for (int i = 0; i < scores.length; i++) {
            if (index.names[i].equals(whole)) {
                scores[i] = 1.0;
            }
        }
        return scores;
    }

    private static Comparator<SearchHit> comparator(SearchCriteria criteria) {
        Comparator<SearchHit> byName = Comparator.comparing(h -> h.entry().name());
        Comparator<SearchHit> primary = switch (criteria.sort()) {
            case "performance" -> Comparator.comparing(SearchHit::performance, Comparator.nullsFirst(Double::compare));
            case "parameters" -> Comparator.comparingLong(h -> h.entry().parameterCount());
            case "memory" -> Comparator.comparingLong(h -> h.entry().memoryRequirementBytes());
            case "name" -> byName;
            default -> Comparator.comparingDouble(SearchHit::relevance);
        };
        if (criteria.descending()) {
            primary = primary.reversed();
        }
        Comparator<SearchHit> byPerformance = Comparator.comparing(SearchHit::performance,
                Comparator.nullsLast(Comparator.<Double>reverseOrder()));
        return primary.thenComparing(byPerformance).thenComparing(byName);
    }

    private SearchIndex index() {
        List<CatalogEntry> entries = catalog.entries();
        Prepared current = prepared;
        if (current == null || current.entries != entries) {
            current = new Prepared(entries, SearchIndex.of(entries));
            prepared = current;
        }
        return current.index;
    }

    private record Prepared(List<CatalogEntry> entries, SearchIndex index) {
    }
}
