package io.oeml.finetune.dataset.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.oeml.finetune.dataset.ValidationIssue;
import io.oeml.finetune.dataset.ValidationIssue.Severity;
import io.oeml.finetune.dataset.format.IssueSink;

/** Every issue counted, per check and severity; the first {@code maxListed} kept for the report. */
final class IssueLog implements IssueSink {

    private final int maxListed;
    private final List<ValidationIssue> listed = new ArrayList<>();
    private final Map<String, Integer> counts = new TreeMap<>();
    private int errors;
    private int warnings;

    IssueLog(int maxListed) {
        this.maxListed = maxListed;
    }

    @Override
    public void error(long line, String check, String message) {
        errors++;
        add(new ValidationIssue(line, check, Severity.ERROR, message));
    }

    @Override
    public void warning(long line, String check, String message) {
        warnings++;
        add(new ValidationIssue(line, check, Severity.WARNING, message));
    }

    private void add(ValidationIssue issue) {
        counts.merge(issue.check(), 1, Integer::sum);
        if (listed.size() < maxListed) {
            listed.add(issue);
        }
    }

    int errors() {
        return errors;
    }

    int warnings() {
        return warnings;
    }

    boolean truncated() {
        return errors + warnings > listed.size();
    }

    Map<String, Integer> counts() {
        return Collections.unmodifiableMap(new TreeMap<>(counts));
    }

    /** In file order; issues of the whole file (line 0) last. */
    List<ValidationIssue> issues() {
        List<ValidationIssue> sorted = new ArrayList<>(listed);
        sorted.sort((a, b) -> Long.compare(a.line() == 0 ? Long.MAX_VALUE : a.line(),
                b.line() == 0 ? Long.MAX_VALUE : b.line()));
        return List.copyOf(sorted);
    }
}
