package io.oeml.finetune.backend;

import java.util.Arrays;
import java.util.Optional;

/** The training backends a job may choose. */
public enum BackendName {
    /** Trains the weights on CPU with the project's oeml-trainer over llama.cpp. */
    LLAMA_CPP("llama_cpp"),
    /** Changes no weights: a derived model with a system prompt, few-shot examples and parameters. */
    MODELFILE("modelfile"),
    /** A configured trainer command (e.g. a LoRA trainer on a GPU host) speaking the trainer protocol. */
    EXTERNAL("external");

    private final String wire;

    BackendName(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<BackendName> fromWire(String value) {
        return Arrays.stream(values()).filter(name -> name.wire.equals(value)).findFirst();
    }
}
