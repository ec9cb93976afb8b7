package io.oeml.evaluation.measure;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * distinct-n (Li et al. 2016, "A Diversity-Promoting Objective Function for Neural Conversation Models"): the number
 * of different word n-grams across all answers divided by the number of n-grams. Words are runs of letters and digits,
 * lower-cased; an n-gram never spans two answers. 1 means no n-gram repeats; a model that loops or gives every prompt
 * the same reply scores near 0.
 */
public final class DistinctN {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private DistinctN() {
    }

    /** 0 when the answers hold no n-gram at all. */
    public static double of(List<String> answers, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, not " + n);
        }
        Set<List<String>> distinct = new HashSet<>();
        long total = 0;
        for (String answer : answers) {
            List<String> words = words(answer);
            for (int i = 0; i + n <= words.size(); i++) {
                distinct.add(words.subList(i, i + n));
                total++;
            }
        }
        return total == 0 ? 0 : (double) distinct.size() / total;
    }

    static List<String> words(String text) {
        return Arrays.stream(NOT_WORD.split(text.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty()).toList();
    }
}
