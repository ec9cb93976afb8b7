package io.oeml.evaluation.check;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The pattern is found somewhere in the answer ({@link java.util.regex.Matcher#find()}; anchor it with {@code ^...$}
 * and {@code (?s)} to match the whole answer). A user's pattern may backtrack catastrophically on some answer: a
 * search that runs longer than {@link #TIME_LIMIT} scores 0 instead of holding a thread.
 */
public record RegexCheck(Pattern pattern) implements Check {

    public static final Duration TIME_LIMIT = Duration.ofMillis(200);

    @Override
    public double score(String answer) {
        try {
            return pattern.matcher(new DeadlineText(answer, System.nanoTime() + TIME_LIMIT.toNanos())).find() ? 1 : 0;
        } catch (DeadlineText.TimeUp e) {
            return 0;
        }
    }

    @Override
    public String describe() {
        return "regex /" + pattern.pattern() + "/";
    }
}
