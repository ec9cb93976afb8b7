package io.oeml.finetune.dataset.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import io.oeml.finetune.dataset.ChatMessage;

/**
 * {@code csv} data (RFC 4180, read by jackson-dataformat-csv): a header row naming {@code prompt} and
 * {@code completion}, or {@code instruction}, {@code output} and optionally {@code input}; {@code system} is optional
 * in both. Other columns are ignored. Quoted fields may span lines; an example's line is the one its row starts on.
 */
final class CsvExampleReader implements ExampleReader {

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private final Utf8Lines lines;
    private final IssueSink issues;
    private final MappingIterator<List<String>> rows;
    private Columns columns;
    private boolean stopped;
    /** The file line the next row starts on: the parser reads ahead, so lines are counted from the rows themselves. */
    private long nextLine = 1;

    private record Columns(int count, int user, int assistant, int input, int system) {
    }

    CsvExampleReader(Utf8Lines lines, IssueSink issues) throws IOException {
        this.lines = lines;
        this.issues = issues;
        this.rows = CSV.readerForListOf(String.class).readValues(new LinesReader(lines));
    }

    @Override
    public Example next() throws IOException {
        while (!stopped) {
            long line;
            List<String> row;
            try {
                if (!rows.hasNextValue()) {
                    return null;
                }
                row = rows.nextValue();
            } catch (IOException | RuntimeJsonMappingException e) {
                issues.error(nextLine, Checks.CSV_SYNTAX, "not readable as CSV from here on (a quote not"
                        + " closed?); the rest of the file is not checked");
                stopped = true;
                return null;
            }
            line = nextLine;
            nextLine += 1 + newlines(row);
            if (columns == null) {
                columns = header(row, line);
                if (columns == null) {
                    stopped = true;
                    return null;
                }
                continue;
            }
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            if (row.size() != columns.count()) {
                issues.error(line, Checks.CSV_COLUMNS, "row has " + row.size() + " fields; the header has "
                        + columns.count());
                continue;
            }
            return example(row, line);
        }
        return null;
    }

    @Override
    public long lines() {
        return lines.lineNumber();
    }

    /** Line ends inside quoted fields (a {@code \r\n} there reaches the parser as {@code \n}). */
    private static long newlines(List<String> row) {
        long count = 0;
        for (String field : row) {
            count += field.chars().filter(c -> c == '\n').count();
        }
        return count;
    }

    private Example example(List<String> row, long line) {
        List<ChatMessage> turns = new ArrayList<>(3);
        if (columns.system() >= 0 && !row.get(columns.system()).isBlank()) {
            turns.add(new ChatMessage(ChatMessage.SYSTEM, row.get(columns.system())));
        }
        String user = row.get(columns.user());
        if (columns.input() >= 0 && !row.get(columns.input()).isBlank()) {
            user = user + "\n\n" + row.get(columns.input());
        }
        turns.add(new ChatMessage(ChatMessage.USER, user));
        turns.add(new ChatMessage(ChatMessage.ASSISTANT, row.get(columns.assistant())));
        return new Example(line, turns, false);
    }

    private Columns header(List<String> row, long line) {
        List<String> names = row.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        if (names.contains("prompt") && names.contains("completion")) {
            return new Columns(names.size(), names.indexOf("prompt"), names.indexOf("completion"), -1,
                    names.indexOf("system"));
        }
        if (names.contains("instruction") && names.contains("output")) {
            return new Columns(names.size(), names.indexOf("instruction"), names.indexOf("output"),
                    names.indexOf("input"), names.indexOf("system"));
        }
        issues.error(line, Checks.REQUIRED_FIELD, "the header row must name the columns 'prompt' and 'completion', or"
                + " 'instruction' and 'output' (and optionally 'input', 'system')");
        return null;
    }
}
