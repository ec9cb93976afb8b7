package io.oeml.evaluation.check;

import java.util.Locale;
import java.util.regex.Pattern;

/** The normalisations the text checks share. */
final class AnswerText {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.!]+$");

    private AnswerText() {
    }

    /** Trimmed, runs of whitespace made one space, a closing full stop or exclamation mark dropped. */
    static String normalised(String text) {
        String collapsed = WHITESPACE.matcher(text.strip()).replaceAll(" ");
        return TRAILING_PUNCTUATION.matcher(collapsed).replaceAll("").strip();
    }

    static String folded(String text, boolean ignoreCase) {
        return ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
    }

    static String quoted(String text, boolean ignoreCase) {
        return "\"" + text + "\"" + (ignoreCase ? " (ignoring case)" : "");
    }
}
