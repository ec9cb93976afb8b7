package io.oeml.library.search.service;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.oeml.library.catalog.model.CatalogEntry;
import io.oeml.library.search.model.MatchedOn;

/**
 * Tokens of every catalog entry, field-weighted, built once per catalog snapshot: a query is matched against the
 * distinct tokens (exact, prefix, substring, up to two typos) and scored per entry from the postings.
 */
final class SearchIndex {

    /** Anything but letters and digits separates words: punctuation, quotes and markup in a query are never matched. */
    private static final Pattern SPLIT = Pattern.compile("[^a-z0-9]+");

    final List<CatalogEntry> entries;
    /** Distinct tokens, and for each the entries it occurs in with the highest-weighted field it occurs in there. */
    final String[] tokens;
    final int[][] postingEntries;
    final MatchedOn[][] postingFields;
    /** Lower-case names, by entry. */
    private final String[] names;
    /** Token ids by the character bigrams they contain, and by exact text (for one-character queries). */
    private final Map<String, int[]> byBigram;
    private final Map<String, Integer> byText;

    private SearchIndex(List<CatalogEntry> entries, String[] tokens, int[][] postingEntries, MatchedOn[][] postingFields,
            String[] names) {
        this.entries = entries;
        this.tokens = tokens;
        this.postingEntries = postingEntries;
        this.postingFields = postingFields;
        this.names = names;
        Map<String, List<Integer>> bigrams = new HashMap<>();
        Map<String, Integer> text = new HashMap<>();
        for (int t = 0; t < tokens.length; t++) {
            text.put(tokens[t], t);
            for (String bigram : bigrams(tokens[t])) {
                bigrams.computeIfAbsent(bigram, b -> new ArrayList<>()).add(t);
            }
        }
        Map<String, int[]> packed = new HashMap<>();
        bigrams.forEach((bigram, ids) -> packed.put(bigram, ids.stream().mapToInt(Integer::intValue).toArray()));
        this.byBigram = packed;
        this.byText = text;
    }

    /**
     * A name token found exactly or as a prefix (0.95, 0.81) outweighs an exact family or architecture token (0.75): the
     * models named after the query rank above those that merely share its architecture. A word of the tag (0.7) counts
     * less than either: "llama" in deepseek-r1:8b-llama-distill-q4_K_M says how it was made, not what it is. 1.0 is kept
     * for the exact name.
     */
    static double weight(MatchedOn field) {
        return switch (field) {
            case NAME -> 0.95;
            case FAMILY -> 0.75;
            case TAG, CAPABILITY, CATEGORY -> 0.7;
            case DESCRIPTION -> 0.5;
            case TYPO -> throw new IllegalArgumentException("a typo is not a field");
        };
    }

    /** The query (lower case) is the entry's whole name, with its tag or without it ("mistral" for mistral:7b). */
    boolean isExactName(int entry, String query) {
        String name = names[entry];
        return name.equals(query) || name.length() > query.length() && name.startsWith(query)
                && name.charAt(query.length()) == ':';
    }

    /**
     * Ids of the tokens that can match {@code query}: those sharing a character bigram with it (every prefix, substring
     * and typo match of a query of two or more characters shares one), or the exact token for a one-character query.
     * Each id appears once.
     */
    int[] candidates(String query) {
        if (query.length() < 2) {
            Integer exact = byText.get(query);
            return exact == null ? new int[0] : new int[] { exact };
        }
        BitSet seen = new BitSet(tokens.length);
        for (String bigram : bigrams(query)) {
            int[] ids = byBigram.get(bigram);
            if (ids != null) {
                for (int id : ids) {
                    seen.set(id);
                }
            }
        }
        return seen.stream().toArray();
    }

    private static Set<String> bigrams(String token) {
        Set<String> bigrams = new HashSet<>();
        for (int i = 0; i + 2 <= token.length(); i++) {
            bigrams.add(token.substring(i, i + 2));
        }
        return bigrams;
    }

    static SearchIndex of(List<CatalogEntry> entries) {
        Map<String, Map<Integer, MatchedOn>> best = new HashMap<>();
        String[] names = new String[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            CatalogEntry entry = entries.get(i);
            names[i] = entry.name().toLowerCase(Locale.ROOT);
            int colon = entry.name().indexOf(':');
            add(best, i, colon < 0 ? entry.name() : entry.name().substring(0, colon), MatchedOn.NAME);
            add(best, i, colon < 0 ? null : entry.name().substring(colon + 1), MatchedOn.TAG);
            add(best, i, entry.facts().family(), MatchedOn.FAMILY);
            add(best, i, entry.facts().architecture(), MatchedOn.FAMILY);
            for (String capability : entry.facts().capabilities()) {
                add(best, i, capability, MatchedOn.CAPABILITY);
            }
            for (var category : entry.categories()) {
                add(best, i, category.wireName(), MatchedOn.CATEGORY);
            }
            add(best, i, entry.facts().description(), MatchedOn.DESCRIPTION);
        }
        String[] tokens = best.keySet().toArray(String[]::new);
        int[][] postingEntries = new int[tokens.length][];
        MatchedOn[][] postingFields = new MatchedOn[tokens.length][];
        for (int t = 0; t < tokens.length; t++) {
            Map<Integer, MatchedOn> byEntry = best.get(tokens[t]);
            postingEntries[t] = new int[byEntry.size()];
            postingFields[t] = new MatchedOn[byEntry.size()];
            int k = 0;
            for (Map.Entry<Integer, MatchedOn> posting : byEntry.entrySet()) {
                postingEntries[t][k] = posting.getKey();
                postingFields[t][k++] = posting.getValue();
            }
        }
        return new SearchIndex(entries, tokens, postingEntries, postingFields, names);
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

    /** Keeps the highest-weighted field per token and entry; on a tie the field added first (capability before category). */
    private static void add(Map<String, Map<Integer, MatchedOn>> best, int entry, String text, MatchedOn field) {
        for (String token : tokens(text)) {
            best.computeIfAbsent(token, t -> new HashMap<>())
                    .merge(entry, field, (kept, added) -> weight(added) > weight(kept) ? added : kept);
        }
    }
}
