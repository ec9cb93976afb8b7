package io.oeml.finetune.dataset.validation;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.oeml.finetune.dataset.DataType;
import io.oeml.finetune.dataset.DatasetPreparation;
import io.oeml.finetune.dataset.DatasetRejectedException;
import io.oeml.finetune.dataset.DatasetSource;
import io.oeml.finetune.dataset.DatasetsConfig;
import io.oeml.finetune.dataset.PreparedDataset;
import io.oeml.finetune.dataset.TokenStatistics;
import io.oeml.finetune.dataset.ValidationReport;
import io.oeml.finetune.dataset.ValidationTarget;
import io.oeml.finetune.dataset.format.Checks;
import io.oeml.finetune.dataset.format.Example;
import io.oeml.finetune.dataset.format.ExampleReader;
import io.oeml.finetune.dataset.format.Formats;
import io.oeml.finetune.dataset.validation.BoundedHashSet.Added;

/**
 * Validation and conversion in one streaming pass: the file is read once, hashed as it is read, and only the current
 * example is held (plus the duplicate check's bounded set of hashes), so the heap stays flat for any file size.
 */
@ApplicationScoped
public class StreamingPreparation implements DatasetPreparation {

    private final Limits limits;

    /** The bounds of one pass, from {@link DatasetsConfig}. */
    public record Limits(int minExamples, int maxListedIssues, int duplicateCheckLimit, int maxExampleBytes) {

        static Limits of(DatasetsConfig config) {
            return new Limits(config.minExamples(), config.maxListedIssues(), config.duplicateCheckLimit(),
                    (int) Math.min(Integer.MAX_VALUE - 16, config.maxExampleSize().asLongValue()));
        }
    }

    @Inject
    public StreamingPreparation(DatasetsConfig config) {
        this(Limits.of(config));
    }

    public StreamingPreparation(Limits limits) {
        this.limits = limits;
    }

    @Override
    public PreparedDataset prepare(DatasetSource source, ValidationTarget target, Path workDir) {
        Path train = workDir.resolve("train.jsonl");
        Path validation = workDir.resolve("validation.jsonl");
        try {
            Files.createDirectories(workDir);
            ValidationReport report;
            try (ChatJsonlWriter trainOut = new ChatJsonlWriter(train);
                    ChatJsonlWriter validationOut = new ChatJsonlWriter(validation)) {
                Kept kept = new Kept() {
                    @Override
                    public void accept(Example example, boolean heldOut) throws IOException {
                        (heldOut ? validationOut : trainOut).write(example);
                    }

                    @Override
                    public void finish() throws IOException {
                        trainOut.close();
                        validationOut.close();
                    }
                };
                report = pass(source, target, kept,
                        target.tokenCounter() == null ? null : () -> count(target, train, validation));
            }
            if (!report.passed()) {
                Files.deleteIfExists(train);
                Files.deleteIfExists(validation);
                throw new DatasetRejectedException(report);
            }
            return new PreparedDataset(train, validation, report);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the dataset in " + workDir, e);
        }
    }

    @Override
    public ValidationReport validate(DatasetSource source, ValidationTarget target) {
        try {
            if (target.tokenCounter() == null) {
                return pass(source, target, (example, heldOut) -> { }, null);
            }
            // the tokenizer reads converted chat data: a temporary file, removed before returning
            Path converted = Files.createTempFile("oeml-dataset-", ".jsonl");
            try {
                try (ChatJsonlWriter out = new ChatJsonlWriter(converted)) {
                    Kept kept = new Kept() {
                        @Override
                        public void accept(Example example, boolean heldOut) throws IOException {
                            out.write(example);
                        }

                        @Override
                        public void finish() throws IOException {
                            out.close();
                        }
                    };
                    return pass(source, target, kept,
                            () -> target.tokenCounter().count(converted, target.contextLength()));
                }
            } finally {
                Files.deleteIfExists(converted);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dataset", e);
        }
    }

    /** Where kept examples go; finished (flushed, closed) before their tokens are counted. */
    private interface Kept {
        void accept(Example example, boolean heldOut) throws IOException;

        default void finish() throws IOException {
        }
    }

    /** Real token counts of what was kept, taken after the pass. */
    private interface Counted {
        TokenStatistics count() throws IOException;
    }

    private ValidationReport pass(DatasetSource source, ValidationTarget target, Kept kept, Counted counted)
            throws IOException {
        IssueLog issues = new IssueLog(limits.maxListedIssues());
        boolean detected = source.declared() == null;
        DataType type = detected ? detect(source.path()) : source.declared();
        MessageDigest sha256 = sha256();
        BoundedHashSet seen = new BoundedHashSet(limits.duplicateCheckLimit());
        SplitAssignment split = new SplitAssignment(target.validationSplit(), target.seed());
        boolean estimate = target.tokenCounter() == null;
        long records = 0;
        long train = 0;
        long heldOut = 0;
        long tokens = 0;
        int maxTokens = 0;
        long uncheckedForDuplicates = 0;
        long firstUnchecked = 0;
        long lines;
        try (InputStream in = new DigestInputStream(
                new BufferedInputStream(Files.newInputStream(source.path()), 64 * 1024), sha256)) {
            ExampleReader reader = Formats.open(type, in, limits.maxExampleBytes(), issues);
            Example example;
            while ((example = reader.next()) != null) {
                records++;
                if (!TurnChecks.check(example, issues)) {
                    continue;
                }
                int exampleTokens = TokenEstimate.of(example);
                if (estimate && exampleTokens > target.contextLength()) {
                    issues.error(example.line(), Checks.TOKEN_LENGTH, "about " + exampleTokens + " tokens (estimated),"
                            + " over the base model's context of " + target.contextLength() + "; shorten or split it");
                    continue;
                }
                long fingerprint = ExampleFingerprint.of(example);
                Added added = seen.add(fingerprint);
                if (added == Added.PRESENT) {
                    issues.warning(example.line(), Checks.DUPLICATE, "the same example as an earlier line; left out");
                    continue;
                }
                if (added == Added.FULL && uncheckedForDuplicates++ == 0) {
                    firstUnchecked = example.line();
                }
                tokens += exampleTokens;
                maxTokens = Math.max(maxTokens, exampleTokens);
                boolean validation = split.heldOut(fingerprint);
                kept.accept(example, validation);
                if (validation) {
                    heldOut++;
                } else {
                    train++;
                }
            }
            in.transferTo(OutputStream.nullOutputStream()); // a reader that stopped early (CSV syntax) still hashes all
            lines = reader.lines();
        }
        kept.finish();
        if (uncheckedForDuplicates > 0) {
            issues.warning(firstUnchecked, Checks.DUPLICATE, uncheckedForDuplicates + " examples from this line on"
                    + " were not checked for duplicates: the check remembers " + limits.duplicateCheckLimit()
                    + " distinct examples");
        }
        long valid = train + heldOut;
        if (valid < limits.minExamples()) {
            issues.error(0, Checks.MIN_EXAMPLES, valid + " valid example(s); at least " + limits.minExamples()
                    + " are needed");
        }
        if (target.validationSplit() > 0 && heldOut == 0 && valid > 0) {
            issues.warning(0, Checks.SPLIT, "the validation split of " + target.validationSplit() + " holds out no"
                    + " example of " + valid + "; validation loss will not be measured");
        }
        TokenStatistics statistics = new TokenStatistics(tokens, maxTokens, target.contextLength(), false,
                TokenEstimate.METHOD);
        if (counted != null && issues.errors() == 0) {
            statistics = counted.count();
            if (statistics.maxExampleTokens() > target.contextLength()) {
                issues.error(0, Checks.TOKEN_LENGTH, "the longest example has " + statistics.maxExampleTokens()
                        + " tokens (" + statistics.method() + "), over the base model's context of "
                        + target.contextLength());
            }
        }
        return new ValidationReport(HexFormat.of().formatHex(sha256.digest()), Files.size(source.path()), type,
                detected, lines, records, train, heldOut, issues.errors(), issues.warnings(), issues.counts(),
                issues.issues(), issues.truncated(), valid == 0 && records == 0 ? null : statistics);
    }

    private TokenStatistics count(ValidationTarget target, Path train, Path validation) throws IOException {
        TokenStatistics trained = target.tokenCounter().count(train, target.contextLength());
        if (Files.size(validation) == 0) {
            return trained;
        }
        TokenStatistics held = target.tokenCounter().count(validation, target.contextLength());
        return new TokenStatistics(trained.tokens() + held.tokens(),
                Math.max(trained.maxExampleTokens(), held.maxExampleTokens()), target.contextLength(), trained.measured(),
                trained.method());
    }

    private DataType detect(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return Formats.detect(in, limits.maxExampleBytes());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
