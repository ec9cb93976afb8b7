package io.oeml.finetune.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import io.oeml.finetune.dataset.DataType;
import io.oeml.finetune.dataset.DatasetException;
import io.oeml.finetune.dataset.DatasetLocator;
import io.oeml.finetune.dataset.DatasetPreparation;
import io.oeml.finetune.dataset.DatasetRejectedException;
import io.oeml.finetune.dataset.DatasetSource;
import io.oeml.finetune.dataset.PreparedDataset;
import io.oeml.finetune.dataset.TokenStatistics;
import io.oeml.finetune.dataset.ValidationIssue;
import io.oeml.finetune.dataset.ValidationReport;
import io.oeml.finetune.dataset.ValidationTarget;
import io.oeml.identity.Owner;
import io.smallrye.mutiny.Uni;

/**
 * Datasets without files: a path under {@link #ROOT} is located (anything else is outside the data roots), and one
 * whose name holds {@code invalid} is rejected with two errors; any other is "prepared" as 10 examples, 9 + 1.
 */
@Alternative
@ApplicationScoped
public class TestDatasets implements DatasetLocator, DatasetPreparation {

    public static final String ROOT = "/data/";
    public static final String VALID = ROOT + "support.jsonl";
    public static final String INVALID = ROOT + "invalid.jsonl";

    @Override
    public Uni<DatasetSource> locate(Owner owner, String trainingDataPath, DataType declared) {
        if (!trainingDataPath.startsWith(ROOT) || trainingDataPath.contains("..")) {
            return Uni.createFrom().failure(new DatasetException("DATA_PATH_OUTSIDE_ROOTS", 400,
                    trainingDataPath + " is not inside a data root"));
        }
        return Uni.createFrom().item(new DatasetSource(Path.of(trainingDataPath), declared, null));
    }

    @Override
    public PreparedDataset prepare(DatasetSource source, ValidationTarget target, Path workDir) {
        ValidationReport report = validate(source, target);
        if (!report.passed()) {
            throw new DatasetRejectedException(report);
        }
        try {
            Files.createDirectories(workDir);
            Path train = Files.writeString(workDir.resolve("train.jsonl"), "{\"messages\":[]}\n");
            Path validation = Files.writeString(workDir.resolve("validation.jsonl"), "{\"messages\":[]}\n");
            return new PreparedDataset(train, validation, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ValidationReport validate(DatasetSource source, ValidationTarget target) {
        TokenStatistics tokens = new TokenStatistics(1200, 150, target.contextLength(), false,
                "estimate: 4 characters per token");
        if (source.path().getFileName().toString().contains("invalid")) {
            List<ValidationIssue> issues = List.of(
                    new ValidationIssue(3, "json_syntax", ValidationIssue.Severity.ERROR, "not a JSON object"),
                    new ValidationIssue(7, "required_field", ValidationIssue.Severity.ERROR, "no completion"));
            return new ValidationReport("sha-invalid", 400, DataType.JSONL, source.declared() == null, 10, 8, 0, 0, 2, 0,
                    Map.of("json_syntax", 1, "required_field", 1), issues, false, tokens);
        }
        return new ValidationReport("sha-valid", 2000, DataType.JSONL, source.declared() == null, 10, 10, 9, 1, 0, 0,
                Map.of(), List.of(), false, tokens);
    }
}
