package io.oeml.evaluation.check;

/**
 * A text that throws {@link TimeUp} once a deadline has passed: the regex engine reads every character through
 * {@link #charAt}, so a runaway match stops there (java.util.regex has no timeout of its own).
 */
final class DeadlineText implements CharSequence {

    private final String text;
    private final long deadlineNanos;

    DeadlineText(String text, long deadlineNanos) {
        this.text = text;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public char charAt(int index) {
        if (System.nanoTime() > deadlineNanos) {
            throw new TimeUp();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new DeadlineText(text.substring(start, end), deadlineNanos);
    }

    @Override
    public String toString() {
        return text;
    }

    static final class TimeUp extends RuntimeException {
        TimeUp() {
            super("regular expression ran past its time limit", null, false, false);
        }
    }
}
