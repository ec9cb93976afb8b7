package io.oeml.evaluation.check;

/** The answer contains {@code text} anywhere (promptfoo's {@code contains} / {@code icontains}). */
public record ContainsCheck(String text, boolean ignoreCase) implements Check {

    @Override
    public double score(String answer) {
        return AnswerText.folded(answer, ignoreCase).contains(AnswerText.folded(text, ignoreCase)) ? 1 : 0;
    }

    @Override
    public String describe() {
        return "contains " + AnswerText.quoted(text, ignoreCase);
    }
}
