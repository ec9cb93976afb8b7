package io.oeml.finetune.dataset;

/** Validation found errors: the job fails in {@code validating} with code {@code VALIDATION_FAILED} and this report. */
public class DatasetRejectedException extends DatasetException {

    public static final String CODE = "VALIDATION_FAILED";

    private final transient ValidationReport report;

    public DatasetRejectedException(ValidationReport report) {
        super(CODE, 422, report.errors() + " error(s) in the training data; first: " + firstError(report));
        this.report = report;
    }

    public ValidationReport report() {
        return report;
    }

    private static String firstError(ValidationReport report) {
        return report.issues().stream().filter(issue -> issue.severity() == ValidationIssue.Severity.ERROR)
                .findFirst().map(issue -> "line " + issue.line() + " " + issue.check() + ": " + issue.message())
                .orElse("none listed");
    }
}
