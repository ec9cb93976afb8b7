package io.oeml.evaluation.check;

/**
 * The whole answer equals {@code expected}, both normalised (trimmed, whitespace runs collapsed, a closing full stop
 * dropped), as lm-evaluation-harness's {@code exact_match} with {@code ignore_case}.
 */
public record ExactCheck(String expected, boolean ignoreCase) implements Check {

    @Override
    public double score(String answer) {
        String want = AnswerText.folded(AnswerText.normalised(expected), ignoreCase);
        return AnswerText.folded(AnswerText.normalised(answer), ignoreCase).equals(want) ? 1 : 0;
    }

    @Override
    public String describe() {
        return "exact " + AnswerText.quoted(expected, ignoreCase);
    }
}
