package io.oeml.ollama.client.model;

/** {@code DELETE /api/delete}. */
public record DeleteRequest(String model) {
}
