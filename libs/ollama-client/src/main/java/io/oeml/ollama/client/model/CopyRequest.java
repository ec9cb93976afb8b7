package io.oeml.ollama.client.model;

/** {@code POST /api/copy}: a manifest copy (blobs shared). */
public record CopyRequest(String source, String destination) {
}
