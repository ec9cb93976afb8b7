package io.oeml.finetune.dataset.format;

/** Where readers and checks report what they find, line by line. */
public interface IssueSink {

    void error(long line, String check, String message);

    void warning(long line, String check, String message);
}
