package io.oeml.finetune.dataset.format;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.oeml.finetune.dataset.ChatMessage;
import io.oeml.finetune.dataset.DataType;

/** {@code jsonl} and {@code conversation} data: one JSON object a line; blank lines are skipped. */
final class JsonLinesReader implements ExampleReader {

    private static final int MAX_PARSER_MESSAGE = 160;

    private final Utf8Lines lines;
    private final DataType type;
    private final IssueSink issues;
    private final ObjectMapper json;

    JsonLinesReader(Utf8Lines lines, DataType type, IssueSink issues, ObjectMapper json) {
        this.lines = lines;
        this.type = type;
        this.issues = issues;
        this.json = json;
    }

    @Override
    public Example next() throws IOException {
        String line;
        while ((line = lines.next()) != null) {
            long number = lines.lineNumber();
            if (!lines.lastValid() || line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = json.readTree(line);
            } catch (JsonProcessingException e) {
                issues.error(number, Checks.JSON_SYNTAX, "not valid JSON: " + parserMessage(e));
                continue;
            }
            if (node == null || !node.isObject()) {
                issues.error(number, Checks.JSON_SYNTAX, "a line must be one JSON object");
                continue;
            }
            List<ChatMessage> messages = JsonShapes.messages(node, type, number, issues);
            if (messages != null) {
                return new Example(number, messages, false);
            }
        }
        return null;
    }

    @Override
    public long lines() {
        return lines.lineNumber();
    }

    /** The parser's own words, without the source excerpt Jackson appends. */
    private static String parserMessage(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        String first = newline < 0 ? message : message.substring(0, newline);
        return first.length() > MAX_PARSER_MESSAGE ? first.substring(0, MAX_PARSER_MESSAGE) + "..." : first;
    }
}
