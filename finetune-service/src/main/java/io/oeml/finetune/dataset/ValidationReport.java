package io.oeml.finetune.dataset;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Everything validation found, in one report: every issue with its line, check and severity, and counts.
 *
 * @param detected true when {@code dataType} was detected rather than given
 * @param countsByCheck issues per check name, counted even past the listed issues' cap
 * @param issuesTruncated true when more issues were found than the report lists
 * @param tokens null when the data did not parse far enough to count
 */
public record ValidationReport(
        String sha256,
        long bytes,
        DataType dataType,
        boolean detected,
        long lines,
        long examples,
        long trainExamples,
        long validationExamples,
        int errors,
        int warnings,
        Map<String, Integer> countsByCheck,
        List<ValidationIssue> issues,
        boolean issuesTruncated,
        TokenStatistics tokens) {

    @JsonProperty("passed")
    public boolean passed() {
        return errors == 0;
    }
}
