package io.oeml.ollama.client.model;

/** {@code POST /api/pull}; {@code stream} is set by the client method ({@code pull} or {@code pullStream}). */
public record PullRequest(String model, Boolean insecure, Boolean stream) {

    public static PullRequest of(String model) {
        return new PullRequest(model, null, null);
    }

    public PullRequest withStream(boolean s) {
        return new PullRequest(model, insecure, s);
    }
}
