package io.oeml.finetune.dataset.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a byte stream, decoded as strict UTF-8, holding one line at a time (at most {@code maxLineBytes}).
 * A line that is not UTF-8 is reported ({@link Checks#ENCODING}) and given with replacement characters; a longer
 * line is reported ({@link Checks#EXAMPLE_SIZE}), skipped, and given as empty, so line numbers stay those of the file.
 * A leading byte order mark is dropped; {@code \r\n} ends a line like {@code \n}.
 */
public final class Utf8Lines {

    private static final int CHUNK = 64 * 1024;

    private final InputStream in;
    private final int maxLineBytes;
    private final IssueSink issues;
    private final byte[] chunk = new byte[CHUNK];
    private int chunkPos;
    private int chunkEnd;
    private byte[] line = new byte[1024];
    private int lineLength;
    private long lineNumber;
    private boolean lastValid = true;
    private boolean eof;

    public Utf8Lines(InputStream in, int maxLineBytes, IssueSink issues) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.issues = issues;
    }

    /** The next line without its terminator, or null at the end. */
    public String next() throws IOException {
        if (eof) {
            return null;
        }
        lineLength = 0;
        boolean tooLong = false;
        boolean sawAny = false;
        while (true) {
            if (chunkPos == chunkEnd && !fill()) {
                eof = true;
                if (!sawAny) {
                    return null;
                }
                break;
            }
            sawAny = true;
            int start = chunkPos;
            int newline = -1;
            for (int i = chunkPos; i < chunkEnd; i++) {
                if (chunk[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            int end = newline < 0 ? chunkEnd : newline;
            if (!tooLong) {
                tooLong = !append(start, end - start);
            }
            chunkPos = newline < 0 ? chunkEnd : newline + 1;
            if (newline >= 0) {
                break;
            }
        }
        lineNumber++;
        if (tooLong) {
            lastValid = false;
            issues.error(lineNumber, Checks.EXAMPLE_SIZE, "line is longer than " + maxLineBytes + " bytes; skipped");
            return "";
        }
        int length = lineLength;
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        int offset = 0;
        if (lineNumber == 1 && length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB
                && (line[2] & 0xFF) == 0xBF) {
            offset = 3;
        }
        lastValid = Utf8.isValid(offset == 0 ? line : Arrays.copyOfRange(line, offset, length), length - offset);
        if (!lastValid) {
            issues.error(lineNumber, Checks.ENCODING, "line is not valid UTF-8 (save the file as UTF-8)");
        }
        return new String(line, offset, length - offset, StandardCharsets.UTF_8);
    }

    /** The number of the line {@link #next()} gave last (1-based). */
    public long lineNumber() {
        return lineNumber;
    }

    /** False when the last line was not UTF-8 or too long. */
    public boolean lastValid() {
        return lastValid;
    }

    private boolean fill() throws IOException {
        int read = in.read(chunk, 0, CHUNK);
        if (read <= 0) {
            return false;
        }
        chunkPos = 0;
        chunkEnd = read;
        return true;
    }

    /** @return false when the line would exceed the limit */
    private boolean append(int from, int count) {
        if ((long) lineLength + count > maxLineBytes + 1L) { // + 1: room for a \r before the \n
            return false;
        }
        if (lineLength + count > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + count));
        }
        System.arraycopy(chunk, from, line, lineLength, count);
        lineLength += count;
        return true;
    }
}
