package io.oeml.finetune.job.service;

import java.util.List;
import java.util.Map;

import io.oeml.finetune.dataset.TokenStatistics;
import io.oeml.finetune.dataset.ValidationIssue;
import io.oeml.finetune.dataset.ValidationReport;

/**
 * What validation found, as a job's status shows it.
 *
 * @param issues the report's issues when it has errors (the job failed on them), else only its warnings
 */
public record ValidationSummary(boolean passed, String sha256, String dataType, boolean detected, long examples,
        long trainExamples, long validationExamples, int errors, int warnings, Map<String, Integer> countsByCheck,
        List<ValidationIssue> issues, boolean issuesTruncated, TokenStatistics tokens) {

    static ValidationSummary of(ValidationReport report) {
        if (report == null) {
            return null;
        }
        return new ValidationSummary(report.passed(), report.sha256(),
                report.dataType() == null ? null : report.dataType().wire(), report.detected(), report.examples(),
                report.trainExamples(), report.validationExamples(), report.errors(), report.warnings(),
                report.countsByCheck(), report.issues(), report.issuesTruncated(), report.tokens());
    }
}
