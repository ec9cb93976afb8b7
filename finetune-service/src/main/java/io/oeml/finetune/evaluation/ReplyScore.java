package io.oeml.finetune.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How close a reply is to the expected answer: token-overlap F1 (as SQuAD scores answers), over lower-cased runs of
 * letters and digits, counting repeated tokens as often as they occur in both. 1 for the same words in any order,
 * 0 for none in common; an empty expected answer scores 1 only against an empty reply.
 */
public final class ReplyScore {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

    private ReplyScore() {
    }

    public static double f1(String reply, String expected) {
        List<String> got = tokens(reply);
        List<String> want = tokens(expected);
        if (got.isEmpty() || want.isEmpty()) {
            return got.isEmpty() && want.isEmpty() ? 1 : 0;
        }
        Map<String, Integer> left = new HashMap<>();
        want.forEach(t -> left.merge(t, 1, Integer::sum));
        int common = 0;
        for (String t : got) {
            Integer n = left.get(t);
            if (n != null && n > 0) {
                common++;
                left.put(t, n - 1);
            }
        }
        if (common == 0) {
            return 0;
        }
        double precision = (double) common / got.size();
        double recall = (double) common / want.size();
        return 2 * precision * recall / (precision + recall);
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
