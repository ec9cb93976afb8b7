package io.oeml.finetune.backend;

/** The host has no model of that name (422 {@code BASE_MODEL_NOT_FOUND} at create). */
public class BaseModelNotFoundException extends RuntimeException {

    public BaseModelNotFoundException(String host, String name) {
        super("host " + host + " has no model " + name + " (pull it first: ollama pull " + name + ")");
    }
}
