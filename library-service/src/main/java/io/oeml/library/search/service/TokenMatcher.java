package io.oeml.library.search.service;

/**
 * How well a query token matches an indexed token: exact, prefix, substring, one typo or two typos
 * (Damerau–Levenshtein; typos allowed from 4 and 7 characters), or not at all.
 */
final class TokenMatcher {

    enum Match {
        EXACT(1.0), PREFIX(0.85), SUBSTRING(0.7), ONE_TYPO(0.6), TWO_TYPOS(0.4), NONE(0);

        final double quality;

        Match(double quality) {
            this.quality = quality;
        }

        boolean typo() {
            return this == ONE_TYPO || this == TWO_TYPOS;
        }
    }

    private TokenMatcher() {
    }

    static Match match(String query, String token) {
        int maxEdits = query.length() >= 7 ? 2 : query.length() >= 4 ? 1 : 0;
        if (token.length() < query.length() - maxEdits) {
            // too short to contain the query or to be within its typo budget
            return Match.NONE;
        }
        if (query.equals(token)) {
            return Match.EXACT;
        }
        if (query.length() >= 2 && token.startsWith(query)) {
            return Match.PREFIX;
        }
        if (query.length() >= 3 && token.contains(query)) {
            return Match.SUBSTRING;
        }
        if (maxEdits == 0 || Math.abs(query.length() - token.length()) > maxEdits) {
            return Match.NONE;
        }
        int distance = distance(query, token, maxEdits);
        // distance() gives up at maxEdits + 1: for a 4-6 character query, 2 means "too far", not two typos
        return distance > maxEdits ? Match.NONE : distance == 1 ? Match.ONE_TYPO : Match.TWO_TYPOS;
    }

    /** Optimal string alignment distance, giving up (returning max + 1) once every cell of a row exceeds {@code max}. */
    static int distance(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        int[] previous2 = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, previous2[j - 2] + 1);
                }
                current[j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        return previous[m];
    }
}
