package io.oeml.evaluation.suite;

import java.util.List;

import io.oeml.evaluation.measure.SuiteMeasure;

/**
 * An evaluation suite: prompts in a fixed order (a prompt budget takes the first n, so that Hyperband's rungs of one
 * configuration are nested) and the measures taken over all answers.
 */
public record EvaluationSuite(String name, List<EvalPrompt> prompts, List<SuiteMeasure> measures) {

    public EvaluationSuite {
        prompts = List.copyOf(prompts);
        measures = List.copyOf(measures);
    }

    public int size() {
        return prompts.size();
    }

    /** The first {@code n} prompts; {@code n} from 1 to {@link #size()}. */
    public List<EvalPrompt> firstPrompts(int n) {
        if (n < 1 || n > size()) {
            throw new IllegalArgumentException("a prompt budget of " + n + " does not fit suite " + name + " of "
                    + size() + " prompts");
        }
        return prompts.subList(0, n);
    }
}
