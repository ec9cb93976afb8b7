package io.oeml.finetune.backend.process;

import java.util.ArrayDeque;
import java.util.Deque;

/** The last lines a trainer wrote to stderr, bounded in lines and line length so a noisy trainer costs no memory. */
final class StderrTail {

    private static final int MAX_LINE_CHARS = 500;

    private final int maxLines;
    private final Deque<String> lines = new ArrayDeque<>();

    StderrTail(int maxLines) {
        this.maxLines = Math.max(1, maxLines);
    }

    synchronized void add(String line) {
        if (lines.size() == maxLines) {
            lines.removeFirst();
        }
        lines.addLast(line.length() <= MAX_LINE_CHARS ? line : line.substring(0, MAX_LINE_CHARS) + "...");
    }

    synchronized String text() {
        return String.join("\n", lines);
    }
}
