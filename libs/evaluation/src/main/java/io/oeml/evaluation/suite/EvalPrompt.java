package io.oeml.evaluation.suite;

import java.util.List;

import io.oeml.evaluation.check.Check;

/**
 * One line of a suite.
 *
 * @param checks at least one; the prompt's score is their mean
 * @param weight the prompt's share of the quality, relative to the others (default 1)
 */
public record EvalPrompt(String id, PromptInput input, List<Check> checks, double weight) {

    public EvalPrompt {
        checks = List.copyOf(checks);
    }
}
