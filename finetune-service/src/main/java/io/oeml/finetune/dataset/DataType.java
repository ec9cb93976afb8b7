package io.oeml.finetune.dataset;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** The seed's {@code data_type} values: how a training file is laid out. */
public enum DataType {
    /** One JSON object per line: prompt/completion, instruction/input/output, or messages. */
    JSONL("jsonl"),
    /** A header row naming the columns (prompt/completion or instruction/input/output). */
    CSV("csv"),
    /** Plain text; examples separated by blank lines, trained as continuation. */
    TEXT("text"),
    /** Role/content turns, one conversation per line ({@code messages}, or ShareGPT {@code conversations}). */
    CONVERSATION("conversation");

    private final String wire;

    DataType(String wire) {
        this.wire = wire;
    }

    /** In JSON too, so a report names the type as the form field does. */
    @JsonValue
    public String wire() {
        return wire;
    }

    public static Optional<DataType> fromWire(String value) {
        return Arrays.stream(values()).filter(type -> type.wire.equals(value)).findFirst();
    }
}
