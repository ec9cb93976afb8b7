package io.oeml.finetune.dataset.format;

import java.io.IOException;

/**
 * Reads a dataset's examples one at a time, holding only the current one. A record that cannot be converted is
 * reported to the {@link IssueSink} and skipped.
 */
public interface ExampleReader {

    /** The next example, or null at the end of the file. */
    Example next() throws IOException;

    /** Lines read so far. */
    long lines();
}
