package io.oeml.evaluation.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.oeml.evaluation.check.ContainsCheck;
import io.oeml.evaluation.check.NumericCheck;
import io.oeml.evaluation.measure.SuiteMeasure;

class SuiteParserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Object> CONTAINS_PARIS = Map.of("type", "contains", "value", "Paris");

    @Test
    void readsEachLineAsOnePromptInOrder() {
        EvaluationSuite suite = parse(
                line(Map.of("id", "capital", "prompt", "Capital of France?", "checks", List.of(CONTAINS_PARIS))),
                line(Map.of("id", "sum", "prompt", "2 + 3?", "weight", 2,
                        "checks", List.of(Map.of("type", "numeric", "expected", 5, "tolerance", 0.5)))));

        assertThat(suite.prompts()).extracting(EvalPrompt::id).containsExactly("capital", "sum");
        assertThat(suite.prompts().get(0).input()).isEqualTo(new PromptInput.Text("Capital of France?"));
        assertThat(suite.prompts().get(0).checks()).containsExactly(new ContainsCheck("Paris", false));
        assertThat(suite.prompts().get(0).weight()).isEqualTo(1);
        assertThat(suite.prompts().get(1).checks()).containsExactly(new NumericCheck(5, 0.5));
        assertThat(suite.prompts().get(1).weight()).isEqualTo(2);
    }

    @Test
    void messagesMakeAChatPrompt() {
        EvaluationSuite suite = parse(line(Map.of("id", "chat", "checks", List.of(CONTAINS_PARIS), "messages",
                List.of(Map.of("role", "system", "content", "One word."), Map.of("role", "user", "content", "Capital?")))));

        assertThat(suite.prompts().get(0).input()).isEqualTo(new PromptInput.Chat(
                List.of(new Turn("system", "One word."), new Turn("user", "Capital?"))));
    }

    @Test
    void blankLinesAreSkippedButStillCounted() {
        InvalidSuiteException e = invalid("", line(Map.of("id", "a", "prompt", "x")));

        assertThat(e.problems().problems()).containsExactly(new SuiteProblem(2, "checks", "missing"));
    }

    @Test
    void everyProblemOfEveryLineIsReportedWithItsLineAndField() {
        InvalidSuiteException e = invalid(
                line(Map.of("id", "ok", "prompt", "fine", "checks", List.of(CONTAINS_PARIS))),
                "{\"id\": \"broken\", ",
                line(Map.of("prompt", "no id", "weight", -1, "checks", List.of(Map.of("type", "regex", "pattern", "(")))),
                line(Map.of("id", "ok", "prompt", "again", "chekcs", List.of())));

        assertThat(e.problems().problems()).extracting(SuiteProblem::line, SuiteProblem::field).containsExactly(
                tuple(2, null),
                tuple(3, "id"),
                tuple(3, "checks[0].pattern"),
                tuple(3, "weight"),
                tuple(4, "chekcs"),
                tuple(4, "checks"));
    }

    @Test
    void theMessageSaysWhatIsWrongInPlainWords() {
        InvalidSuiteException e = invalid(line(Map.of("id", "a", "prompt", "x",
                "checks", List.of(Map.of("type", "fuzzy", "value", "x")))));

        assertThat(e.problems().problems()).containsExactly(new SuiteProblem(1, "checks[0].type",
                "unknown check type 'fuzzy'; one of exact, contains, regex, json, numeric"));
        assertThat(e.getMessage()).isEqualTo("the suite has 1 problem: line 1, field 'checks[0].type': "
                + "unknown check type 'fuzzy'; one of exact, contains, regex, json, numeric");
    }

    @Test
    void aRepeatedIdNamesTheLineThatHasItFirst() {
        String prompt = line(Map.of("id", "same", "prompt", "x", "checks", List.of(CONTAINS_PARIS)));

        InvalidSuiteException e = invalid(prompt, prompt);

        assertThat(e.problems().problems()).containsExactly(
                new SuiteProblem(2, "id", "'same' is already the id of line 1"));
    }

    @Test
    void aJsonCheckWithAnInvalidSchemaIsReportedAtItsSchemaField() {
        InvalidSuiteException e = invalid(line(Map.of("id", "a", "prompt", "x",
                "checks", List.of(Map.of("type", "json", "schema", Map.of("type", "thing"))))));

        assertThat(e.problems().problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("checks[0].schema");
            assertThat(p.message()).startsWith("not a valid JSON Schema");
        });
    }

    @Test
    void aChatMustEndWithTheUsersMessage() {
        InvalidSuiteException e = invalid(line(Map.of("id", "a", "checks", List.of(CONTAINS_PARIS),
                "messages", List.of(Map.of("role", "user", "content", "Hi"), Map.of("role", "assistant", "content", "Yo")))));

        assertThat(e.problems().problems()).extracting(SuiteProblem::field).containsExactly("messages");
    }

    @Test
    void aLineThatIsNotAnObjectIsRefused() {
        InvalidSuiteException e = invalid("[1, 2]");

        assertThat(e.problems().problems()).containsExactly(
                new SuiteProblem(1, null, "must be a JSON object: one prompt per line"));
    }

    @Test
    void anEmptySuiteIsRefusedAsAWhole() {
        InvalidSuiteException e = invalid("", "  ");

        assertThat(e.problems().problems()).containsExactly(new SuiteProblem(0, null, "has no prompts"));
    }

    @Test
    void theFirstLineMayDeclareSuiteMeasures() {
        EvaluationSuite suite = parse(
                line(Map.of("measures", List.of(Map.of("type", "distinct", "n", 2, "weight", 3)))),
                line(Map.of("id", "a", "prompt", "x", "checks", List.of(CONTAINS_PARIS))));

        assertThat(suite.measures()).containsExactly(new SuiteMeasure(2, 3));
        assertThat(suite.size()).isEqualTo(1);
    }

    @Test
    void measuresOnALaterLineAreRefused() {
        InvalidSuiteException e = invalid(
                line(Map.of("id", "a", "prompt", "x", "checks", List.of(CONTAINS_PARIS))),
                line(Map.of("measures", List.of(Map.of("type", "distinct", "n", 2)))));

        assertThat(e.problems().problems()).containsExactly(
                new SuiteProblem(2, "measures", "only the first line may declare suite measures"));
    }

    private static EvaluationSuite parse(String... lines) {
        return SuiteParser.parse("test", new StringReader(String.join("\n", lines)));
    }

    private static InvalidSuiteException invalid(String... lines) {
        return catchThrowableOfType(InvalidSuiteException.class, () -> parse(lines));
    }

    private static String line(Map<String, Object> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
