package io.oeml.evaluation.suite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.oeml.evaluation.measure.SuiteMeasure;

/**
 * Reads a suite in JSON Lines, one prompt per line, streaming: a line is read, checked and dropped before the next.
 * Blank lines are skipped; the first line may instead declare suite measures ({@code {"measures": [...]}}). Every
 * problem of every line is collected, so that one upload shows all that is wrong with it.
 */
public final class SuiteParser {

    public static final int MAX_PROMPTS = 1_000;
    public static final int MAX_LINE_CHARS = 64 * 1024;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private SuiteParser() {
    }

    /**
     * @throws InvalidSuiteException with every problem found, when there is any
     * @throws UncheckedIOException when {@code jsonLines} cannot be read
     */
    public static EvaluationSuite parse(String name, Reader jsonLines) {
        List<SuiteProblem> problems = new ArrayList<>();
        List<EvalPrompt> prompts = new ArrayList<>();
        List<SuiteMeasure> measures = List.of();
        Map<String, Integer> idLines = new HashMap<>();
        int lineNumber = 0;
        boolean first = true;
        try (BufferedReader lines = new BufferedReader(jsonLines)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                ObjectNode object = object(line, lineNumber, problems);
                FieldReader fields = object == null ? null : new FieldReader(object, "", lineNumber, problems);
                if (fields != null && fields.has("measures")) {
                    if (first) {
                        measures = MeasureReader.read(fields);
                    } else {
                        fields.problem("measures", "only the first line may declare suite measures");
                    }
                } else if (fields != null) {
                    EvalPrompt prompt = PromptReader.read(fields, problems);
                    if (prompt != null && unique(prompt.id(), lineNumber, idLines, fields)) {
                        prompts.add(prompt);
                    }
                    if (prompts.size() == MAX_PROMPTS + 1) {
                        problems.add(new SuiteProblem(lineNumber, null, "a suite holds at most " + MAX_PROMPTS
                                + " prompts"));
                    }
                }
                first = false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read suite " + name, e);
        }
        if (problems.isEmpty() && prompts.isEmpty()) {
            problems.add(new SuiteProblem(0, null, "has no prompts"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSuiteException(new SuiteProblems(problems));
        }
        return new EvaluationSuite(name, prompts, measures);
    }

    private static ObjectNode object(String line, int lineNumber, List<SuiteProblem> problems) {
        if (line.length() > MAX_LINE_CHARS) {
            problems.add(new SuiteProblem(lineNumber, null, "longer than " + MAX_LINE_CHARS + " characters"));
            return null;
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            problems.add(new SuiteProblem(lineNumber, null, "not JSON at column " + e.getLocation().getColumnNr()
                    + ": " + e.getOriginalMessage()));
            return null;
        }
        if (!(node instanceof ObjectNode object)) {
            problems.add(new SuiteProblem(lineNumber, null, "must be a JSON object: one prompt per line"));
            return null;
        }
        return object;
    }

    private static boolean unique(String id, int lineNumber, Map<String, Integer> idLines, FieldReader fields) {
        Integer earlier = idLines.putIfAbsent(id, lineNumber);
        if (earlier != null) {
            fields.problem("id", "'" + id + "' is already the id of line " + earlier);
            return false;
        }
        return true;
    }
}
