package io.oeml.evaluation.check;

/**
 * One per-prompt check of a model's answer. Every check is deterministic: the same answer always gets the same score,
 * so the only noise in a trial's quality comes from the model.
 */
public sealed interface Check permits ExactCheck, ContainsCheck, RegexCheck, JsonCheck, NumericCheck {

    /** 0 (failed) to 1 (passed); the built-in checks give 0 or 1. */
    double score(String answer);

    /** What the check asks for, in a few words, e.g. {@code contains "Paris" (ignoring case)}. */
    String describe();
}
