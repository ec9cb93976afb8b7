package io.oeml.evaluation.suite;

/** A suite that cannot be run; {@link #problems()} lists every reason with its line. */
public final class InvalidSuiteException extends RuntimeException {

    private final transient SuiteProblems problems;

    public InvalidSuiteException(SuiteProblems problems) {
        super(problems.summary());
        this.problems = problems;
    }

    public SuiteProblems problems() {
        return problems;
    }
}
