package io.oeml.library.search.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.library.catalog.model.CatalogEntry;
import io.oeml.library.catalog.service.CatalogIndex;
import io.oeml.library.search.model.MatchedOn;
import io.oeml.library.search.model.SearchCriteria;
import io.oeml.library.search.model.SearchHit;

/** Ranked, filtered search over the in-memory catalog. */
@ApplicationScoped
public class SearchEngine {

    /** Every combination of {@link MatchedOn} bits, built once: a hit costs no allocation for its explanation. */
    private static final List<Set<MatchedOn>> MATCHED_ON = IntStream.range(0, 1 << MatchedOn.values().length)
            .mapToObj(bits -> Collections.unmodifiableSet(Arrays.stream(MatchedOn.values())
                    .filter(field -> (bits & bit(field)) != 0)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(MatchedOn.class)))))
            .toList();

    private final CatalogIndex catalog;
    private volatile Prepared prepared;

    public SearchEngine(CatalogIndex catalog) {
        this.catalog = catalog;
    }

    /**
     * The hits of the requested page, sorted, and how many matched in all. Only the first page·pageSize hits are ordered
     * (a bounded heap), so a large catalog costs O(n log k), not O(n log n). {@code extraFilter} runs last (it may be costly).
     */
    public SearchPage search(SearchCriteria criteria, Predicate<CatalogEntry> extraFilter) {
        SearchIndex index = index();
        Relevance relevance = relevance(index, criteria.query());
        Comparator<SearchHit> order = comparator(criteria);
        int keep = criteria.page() * criteria.pageSize();
        // worst of the kept hits on top, so it is the one to evict
        PriorityQueue<SearchHit> best = new PriorityQueue<>(keep + 1, order.reversed());
        int total = 0;
        for (int i = 0; i < index.entries.size(); i++) {
            if (relevance.scores()[i] <= 0) {
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
            total++;
            SearchHit hit = new SearchHit(entry, Math.round(relevance.scores()[i] * 1000) / 1000.0, performance,
                    MATCHED_ON.get(relevance.matched()[i]));
            if (best.size() < keep) {
                best.add(hit);
            } else if (order.compare(hit, best.peek()) < 0) {
                best.poll();
                best.add(hit);
            }
        }
        List<SearchHit> top = new ArrayList<>(best);
        top.sort(order);
        int from = Math.min(top.size(), (criteria.page() - 1) * criteria.pageSize());
        return new SearchPage(List.copyOf(top.subList(from, top.size())), total);
    }

    /** @param total hits over all pages */
    public record SearchPage(List<SearchHit> hits, int total) {
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

    /**
     * Per entry: mean over query tokens of the best token match × field weight, and the fields (plus typo) of those best
     * matches as a bit set of {@link MatchedOn} ordinals. The exact name, with or without its tag, scores 1.0 on name
     * alone.
     */
    private static Relevance relevance(SearchIndex index, String query) {
        double[] scores = new double[index.entries.size()];
        int[] matched = new int[scores.length];
        List<String> tokens = SearchIndex.tokens(query);
        if (tokens.isEmpty()) {
            Arrays.fill(scores, 1.0);
            return new Relevance(scores, matched);
        }
        String whole = query.trim().toLowerCase(Locale.ROOT);
        double[] perToken = new double[scores.length];
        int[] perTokenMatch = new int[scores.length];
        for (String token : tokens) {
            Arrays.fill(perToken, 0);
            for (int t : index.candidates(token)) {
                TokenMatcher.Match match = TokenMatcher.match(token, index.tokens[t]);
                if (match == TokenMatcher.Match.NONE) {
                    continue;
                }
                int[] postingEntries = index.postingEntries[t];
                MatchedOn[] postingFields = index.postingFields[t];
                for (int k = 0; k < postingEntries.length; k++) {
                    int entry = postingEntries[k];
                    double score = match.quality * SearchIndex.weight(postingFields[k]);
                    if (score > perToken[entry]) {
                        perToken[entry] = score;
                        perTokenMatch[entry] = bit(postingFields[k]) | (match.typo() ? bit(MatchedOn.TYPO) : 0);
                    }
                }
            }
            for (int i = 0; i < scores.length; i++) {
                if (perToken[i] > 0) {
                    scores[i] += perToken[i] / tokens.size();
                    matched[i] |= perTokenMatch[i];
                }
            }
        }
        for (int i = 0; i < scores.length; i++) {
            if (index.isExactName(i, whole)) {
                scores[i] = 1.0;
                matched[i] = bit(MatchedOn.NAME);
            }
        }
        return new Relevance(scores, matched);
    }

    private static int bit(MatchedOn field) {
        return 1 << field.ordinal();
    }

    private record Relevance(double[] scores, int[] matched) {
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
