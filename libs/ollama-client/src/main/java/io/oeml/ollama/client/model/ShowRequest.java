package io.oeml.ollama.client.model;

/** {@code POST /api/show}; {@code verbose} returns full arrays such as {@code tokenizer.ggml.tokens}. */
public record ShowRequest(String model, Boolean verbose) {

    public static ShowRequest of(String model) {
        return new ShowRequest(model, null);
    }
}
