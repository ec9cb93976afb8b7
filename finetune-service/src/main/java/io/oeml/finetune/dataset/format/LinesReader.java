package io.oeml.finetune.dataset.format;

import java.io.IOException;
import java.io.Reader;

/** {@link Utf8Lines} as a character stream, each line ended by {@code \n}, for the CSV parser. */
final class LinesReader extends Reader {

    private final Utf8Lines lines;
    private String current = "";
    private int pos;
    private boolean newlinePending;
    private boolean done;

    LinesReader(Utf8Lines lines) {
        this.lines = lines;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int written = 0;
        while (written < length) {
            if (pos < current.length()) {
                int n = Math.min(length - written, current.length() - pos);
                current.getChars(pos, pos + n, buffer, offset + written);
                pos += n;
                written += n;
            } else if (newlinePending) {
                buffer[offset + written++] = '\n';
                newlinePending = false;
            } else if (done || written > 0) {
                break;
            } else {
                String next = lines.next();
                if (next == null) {
                    done = true;
                } else {
                    current = next;
                    pos = 0;
                    newlinePending = true;
                }
            }
        }
        return written == 0 && done ? -1 : written;
    }

    @Override
    public void close() {
        // the caller closes the underlying stream
    }
}
