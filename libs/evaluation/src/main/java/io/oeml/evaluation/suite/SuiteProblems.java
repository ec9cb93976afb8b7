package io.oeml.evaluation.suite;

import java.util.List;
import java.util.stream.Collectors;

/** Every problem found in a suite, in line order: the body of a 422 answer to an upload. */
public record SuiteProblems(List<SuiteProblem> problems) {

    /** How many problems {@link #summary()} spells out before it only counts the rest. */
    public static final int SUMMARY_LIMIT = 20;

    public SuiteProblems {
        problems = List.copyOf(problems);
    }

    /** One message for an error envelope: the first {@link #SUMMARY_LIMIT} problems, then how many more. */
    public String summary() {
        String listed = problems.stream().limit(SUMMARY_LIMIT).map(SuiteProblem::describe)
                .collect(Collectors.joining("; "));
        int more = problems.size() - SUMMARY_LIMIT;
        return "the suite has " + problems.size() + (problems.size() == 1 ? " problem: " : " problems: ") + listed
                + (more > 0 ? "; and " + more + " more" : "");
    }
}
