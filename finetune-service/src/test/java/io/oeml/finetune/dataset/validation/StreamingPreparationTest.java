package io.oeml.finetune.dataset.validation;

import static io.oeml.finetune.dataset.Fixtures.assistant;
import static io.oeml.finetune.dataset.Fixtures.json;
import static io.oeml.finetune.dataset.Fixtures.system;
import static io.oeml.finetune.dataset.Fixtures.user;
import static io.oeml.finetune.dataset.Fixtures.validLines;
import static io.oeml.finetune.dataset.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.oeml.finetune.dataset.DataType;
import io.oeml.finetune.dataset.DatasetRejectedException;
import io.oeml.finetune.dataset.DatasetSource;
import io.oeml.finetune.dataset.Fixtures;
import io.oeml.finetune.dataset.Fixtures.Messages;
import io.oeml.finetune.dataset.Fixtures.PromptCompletion;
import io.oeml.finetune.dataset.PreparedDataset;
import io.oeml.finetune.dataset.TokenStatistics;
import io.oeml.finetune.dataset.ValidationIssue;
import io.oeml.finetune.dataset.ValidationIssue.Severity;
import io.oeml.finetune.dataset.ValidationReport;
import io.oeml.finetune.dataset.ValidationTarget;

/** One streaming pass finds every problem with its line, keeps warnings from blocking, and splits by seed. */
class StreamingPreparationTest {

    private static final StreamingPreparation.Limits LIMITS = new StreamingPreparation.Limits(3, 1000, 1000, 1 << 20);
    private static final ValidationTarget TARGET = new ValidationTarget("base", 2048, 0.2, 7, null);
    /** Nothing held out: no split warning among the issues a test expects. */
    private static final ValidationTarget NO_SPLIT = new ValidationTarget("base", 2048, 0, 7, null);

    @TempDir
    Path dir;

    private final StreamingPreparation preparation = new StreamingPreparation(LIMITS);

    @Test
    void fiveKindsOfErrorsAreAllReportedWithTheirLinesInOneReport() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        for (String line : validLines(3)) {
            file.writeBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        file.writeBytes("{\"prompt\": \"caf".getBytes(StandardCharsets.UTF_8));
        file.write(0xE9); // Latin-1 é: not UTF-8
        file.writeBytes("\", \"completion\": \"x\"}\n".getBytes(StandardCharsets.UTF_8));
        file.writeBytes(("{\"prompt\": \"unclosed\n"
                + json(Map.of("prompt", "no completion")) + "\n"
                + json(Messages.of(user("hi"), new Fixtures.Turn("robot", "beep"))) + "\n"
                + json(Messages.of(user("one"), user("two"), assistant("three"))) + "\n"
                + json(new PromptCompletion("empty answer", "  ")) + "\n").getBytes(StandardCharsets.UTF_8));
        Path data = Fixtures.writeBytes(dir.resolve("bad.jsonl"), file.toByteArray());

        ValidationReport report = preparation.validate(new DatasetSource(data, DataType.JSONL, null), NO_SPLIT);

        assertEquals(List.of("4 encoding", "5 json_syntax", "6 required_field", "7 unknown_role", "8 turn_order",
                "9 empty_field"), report.issues().stream().map(i -> i.line() + " " + i.check()).toList());
        assertEquals(6, report.errors());
        assertFalse(report.passed());
    }

    @Test
    void warningsDoNotBlockPreparation() {
        List<String> lines = new ArrayList<>(validLines(5));
        lines.add(lines.get(0).replace("?", "?  ")); // the same example, whitespace aside
        Path data = write(dir.resolve("dup.jsonl"), lines);

        PreparedDataset prepared = preparation.prepare(new DatasetSource(data, DataType.JSONL, null), NO_SPLIT,
                dir.resolve("work"));

        assertEquals(List.of(new ValidationIssue(6, "duplicate", Severity.WARNING,
                "the same example as an earlier line; left out")), prepared.report().issues());
        assertEquals(5, prepared.report().trainExamples() + prepared.report().validationExamples());
    }

    @Test
    void errorsRejectPreparationWithTheReportAndLeaveNoSplits() {
        List<String> lines = new ArrayList<>(validLines(5));
        lines.add("not json");
        Path data = write(dir.resolve("bad.jsonl"), lines);
        Path work = dir.resolve("work");

        DatasetRejectedException rejected = assertThrows(DatasetRejectedException.class,
                () -> preparation.prepare(new DatasetSource(data, DataType.JSONL, null), NO_SPLIT, work));

        assertEquals(Map.of("json_syntax", 1), rejected.report().countsByCheck());
        assertFalse(Files.exists(work.resolve("train.jsonl")));
    }

    @Test
    void prepareWritesChatJsonlSplits() throws IOException {
        Path data = write(dir.resolve("ok.jsonl"), validLines(20));

        PreparedDataset prepared = preparation.prepare(new DatasetSource(data, DataType.JSONL, null), TARGET,
                dir.resolve("work"));

        List<String> written = new ArrayList<>(Files.readAllLines(prepared.train()));
        written.addAll(Files.readAllLines(prepared.validation()));
        assertEquals(20, written.size());
        Messages first = new ObjectMapper().readValue(written.get(0), Messages.class);
        assertEquals(List.of("user", "assistant"), first.messages().stream().map(Fixtures.Turn::role).toList());
    }

    @Test
    void theSplitIsTheSameForTheSameSeed() throws IOException {
        Path data = write(dir.resolve("ok.jsonl"), validLines(50));
        DatasetSource source = new DatasetSource(data, DataType.JSONL, null);

        PreparedDataset first = preparation.prepare(source, TARGET, dir.resolve("a"));
        PreparedDataset again = preparation.prepare(source, TARGET, dir.resolve("b"));

        assertEquals(Files.readAllLines(first.validation()), Files.readAllLines(again.validation()));
        assertTrue(first.report().validationExamples() > 0);
    }

    @Test
    void anotherSeedHoldsOutOtherExamples() throws IOException {
        Path data = write(dir.resolve("ok.jsonl"), validLines(50));
        DatasetSource source = new DatasetSource(data, DataType.JSONL, null);

        PreparedDataset seven = preparation.prepare(source, TARGET, dir.resolve("a"));
        PreparedDataset eight = preparation.prepare(source, new ValidationTarget("base", 2048, 0.2, 8, null),
                dir.resolve("b"));

        assertNotEquals(Files.readAllLines(seven.validation()), Files.readAllLines(eight.validation()));
    }

    @Test
    void tooFewExamplesIsAnErrorOfTheWholeFile() {
        Path data = write(dir.resolve("few.jsonl"), validLines(2));

        ValidationReport report = preparation.validate(new DatasetSource(data, DataType.JSONL, null), NO_SPLIT);

        assertEquals(List.of("0 min_examples"), report.issues().stream().map(i -> i.line() + " " + i.check()).toList());
    }

    @Test
    void anExampleOverTheContextIsAnErrorAndTheEstimateIsStated() {
        List<String> lines = new ArrayList<>(validLines(3));
        lines.add(json(new PromptCompletion("long", "x".repeat(400))));
        Path data = write(dir.resolve("long.jsonl"), lines);

        ValidationReport report = preparation.validate(new DatasetSource(data, DataType.JSONL, null),
                new ValidationTarget("base", 64, 0, 7, null));

        assertEquals(List.of("4 token_length"), report.issues().stream().map(i -> i.line() + " " + i.check()).toList());
        assertFalse(report.tokens().measured());
        assertTrue(report.tokens().method().startsWith("estimate"));
    }

    @Test
    void aTokenCounterGivesMeasuredStatistics() {
        Path data = write(dir.resolve("ok.jsonl"), validLines(4));
        ValidationTarget counted = new ValidationTarget("base", 2048, 0, 7,
                (chat, context) -> new TokenStatistics(lines(chat) * 10, 10, context, true, "fixed ten per example"));

        ValidationReport report = preparation.validate(new DatasetSource(data, DataType.JSONL, null), counted);

        assertEquals(new TokenStatistics(40, 10, 2048, true, "fixed ten per example"), report.tokens());
    }

    @Test
    void theDetectedTypeIsStated() {
        Path data = write(dir.resolve("chat.jsonl"), java.util.stream.IntStream.range(0, 3)
                .mapToObj(i -> json(Messages.of(system("s"), user("q" + i), assistant("a" + i)))).toList());

        ValidationReport report = preparation.validate(new DatasetSource(data, null, null), TARGET);

        assertEquals(DataType.CONVERSATION, report.dataType());
        assertTrue(report.detected());
        assertTrue(report.passed());
    }

    @Test
    void listedIssuesAreCappedButAllAreCounted() {
        StreamingPreparation capped = new StreamingPreparation(new StreamingPreparation.Limits(1, 2, 1000, 1 << 20));
        Path data = write(dir.resolve("bad.jsonl"), "x", "y", "z", json(new PromptCompletion("a", "b")));

        ValidationReport report = capped.validate(new DatasetSource(data, DataType.JSONL, null), NO_SPLIT);

        assertEquals(2, report.issues().size());
        assertEquals(Map.of("json_syntax", 3), report.countsByCheck());
        assertTrue(report.issuesTruncated());
    }

    @Test
    void theReportHashesTheFile() throws Exception {
        Path data = write(dir.resolve("ok.jsonl"), validLines(3));

        ValidationReport report = preparation.validate(new DatasetSource(data, DataType.JSONL, null), TARGET);

        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(data));
        assertEquals(java.util.HexFormat.of().formatHex(digest), report.sha256());
        assertEquals(Files.size(data), report.bytes());
    }

    private static long lines(Path file) {
        try (var lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
