package io.oeml.library.search.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.oeml.library.catalog.model.CatalogEntry;

/**
 * Tokens of every catalog entry, field-weighted, built once per catalog snapshot: a query is matched against the
 * distinct tokens (exact, prefix, substring, up to two typos) and scored per entry from the postings.
 */
final class SearchIndex {

    static final double NAME = 1.0;
    static final double FAMILY = 0.9;
    static final double CAPABILITY = 0.7;
    static final double DESCRIPTION = 0.5;
    private static final Pattern SPLIT = Pattern.compile("[^a-z0-9]+");

    /** One occurrence of a token in an entry's field. */
    record Posting(int entry, double weight) {
    }

    final List<CatalogEntry> entries;
    final Map<String, List<Posting>> postings;
    final String[] names;

    private SearchIndex(List<CatalogEntry> entries, Map<String, List<Posting>> postings, String[] names) {
        this.entries = entries;
        this.postings = postings;
        this.names = names;
    }

    static SearchIndex of(List<CatalogEntry> entries) {
        Map<String, Map<Integer, Double>> best = new HashMap<>();
        String[] names = new String[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            CatalogEntry entry = entries.get(i);
            names[i] = entry.name().toLowerCase(Locale.ROOT);
            add(best, i, entry.name(), NAME);
            add(best, i, entry.facts().family(), FAMILY);
            add(best, i, entry.facts().architecture(), FAMILY);
            for (String capability : entry.facts().capabilities()) {
                add(best, i, capability, CAPABILITY);
            }
            for (var category : entry.categories()) {
                add(best, i, category.wireName(), CAPABILITY);
            }
            add(best, i, entry.facts().description(), DESCRIPTION);
        }
        Map<String, List<Posting>> postings = new HashMap<>();
        best.forEach((token, byEntry) -> {
            List<Posting> list = new ArrayList<>(byEntry.size());
            byEntry.forEach((entry, weight) -> list.add(new Posting(entry, weight)));
            postings.put(token, List.copyOf(list));
        });
        return new SearchIndex(entries, Map.copyOf(postings), names);
    }

    static List<String> tokens(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> tokens = new ArrayList<>();
        for (String token : SPLIT.split(text.toLowerCase(Locale.ROOT))) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    private static void add(Map<String, Map<Integer, Double>> best, int entry, String text, double weight) {
        for (String token : tokens(text)) {
            best.computeIfAbsent(token, t -> new HashMap<>()).merge(entry, weight, Math::max);
        }
    }
}
