package io.oeml.optimizer.host;

/** An Ollama host a session's trials run on: its fleet host id ({@code local} for the configured default) and URL. */
public record TrialHost(String hostId, String baseUrl) {
}
