package io.oeml.finetune.dataset.format;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.oeml.finetune.dataset.DataType;

/** The reader of each {@link DataType}, and detection of the type from a file's first non-empty line. */
public final class Formats {

    /** Strict: a line with anything after its object, or a key twice, is not one JSON object. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final int DETECTION_LINES = 50;

    private Formats() {
    }

    public static ExampleReader open(DataType type, InputStream in, int maxExampleBytes, IssueSink issues)
            throws IOException {
        Utf8Lines lines = new Utf8Lines(in, maxExampleBytes, issues);
        return switch (type) {
            case JSONL, CONVERSATION -> new JsonLinesReader(lines, type, issues, JSON);
            case CSV -> new CsvExampleReader(lines, issues);
            case TEXT -> new TextExampleReader(lines, issues, maxExampleBytes);
        };
    }

    /**
     * The type of a file from its first non-empty line (within the first {@value #DETECTION_LINES}): a JSON object
     * with {@code messages} or {@code conversations} is {@code conversation}, any other line starting with {@code {}
     * {@code jsonl}; a comma-separated header naming prompt/completion or instruction/output columns {@code csv};
     * anything else {@code text}.
     */
    public static DataType detect(InputStream in, int maxExampleBytes) throws IOException {
        Utf8Lines lines = new Utf8Lines(in, maxExampleBytes, IGNORE);
        String line;
        for (int i = 0; i < DETECTION_LINES && (line = lines.next()) != null; i++) {
            String first = line.strip();
            if (!first.isEmpty()) {
                return detectFrom(first);
            }
        }
        return DataType.TEXT;
    }

    private static DataType detectFrom(String first) {
        if (first.startsWith("{")) {
            try {
                JsonNode node = JSON.readTree(first);
                return node.has("messages") || node.has("conversations") ? DataType.CONVERSATION : DataType.JSONL;
            } catch (JsonProcessingException e) {
                return DataType.JSONL;
            }
        }
        List<String> header = List.of(first.toLowerCase(Locale.ROOT).split(","));
        List<String> names = header.stream().map(name -> name.strip().replace("\"", "")).toList();
        if (names.contains("prompt") && names.contains("completion")
                || names.contains("instruction") && names.contains("output")) {
            return DataType.CSV;
        }
        return DataType.TEXT;
    }

    private static final IssueSink IGNORE = new IssueSink() {
        @Override
        public void error(long line, String check, String message) {
            // detection only looks; validation reports
        }

        @Override
        public void warning(long line, String check, String message) {
            // as above
        }
    };
}
