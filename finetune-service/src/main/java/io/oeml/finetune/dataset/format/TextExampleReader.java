package io.oeml.finetune.dataset.format;

import java.io.IOException;
import java.util.List;

import io.oeml.finetune.dataset.ChatMessage;

/**
 * {@code text} data: examples separated by blank lines, each one assistant turn trained as continuation. An example
 * longer than {@code maxChars} is reported and skipped.
 */
final class TextExampleReader implements ExampleReader {

    private final Utf8Lines lines;
    private final IssueSink issues;
    private final int maxChars;
    private final StringBuilder block = new StringBuilder();

    TextExampleReader(Utf8Lines lines, IssueSink issues, int maxChars) {
        this.lines = lines;
        this.issues = issues;
        this.maxChars = maxChars;
    }

    @Override
    public Example next() throws IOException {
        while (true) {
            block.setLength(0);
            long start = 0;
            boolean tooLong = false;
            String line;
            while ((line = lines.next()) != null) {
                if (line.isBlank()) {
                    if (start == 0) {
                        continue;
                    }
                    break;
                }
                if (start == 0) {
                    start = lines.lineNumber();
                }
                if (!tooLong && block.length() + line.length() + 1 > maxChars) {
                    tooLong = true;
                    block.setLength(0);
                    issues.error(start, Checks.EXAMPLE_SIZE, "example is longer than " + maxChars + " characters; skipped");
                }
                if (!tooLong) {
                    if (!block.isEmpty()) {
                        block.append('\n');
                    }
                    block.append(line);
                }
            }
            if (start == 0) {
                return null;
            }
            if (tooLong) {
                continue;
            }
            return new Example(start, List.of(new ChatMessage(ChatMessage.ASSISTANT, block.toString())), true);
        }
    }

    @Override
    public long lines() {
        return lines.lineNumber();
    }
}
