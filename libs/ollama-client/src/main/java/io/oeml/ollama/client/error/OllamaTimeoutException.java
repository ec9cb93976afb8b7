package io.oeml.ollama.client.error;

import java.time.Duration;

/** Connecting took longer than the connect timeout, or no byte arrived within the read timeout. */
public class OllamaTimeoutException extends OllamaConnectionException {

    public enum Phase { CONNECT, READ }

    private final Phase phase;
    private final Duration timeout;

    public OllamaTimeoutException(String baseUrl, String path, Phase phase, Duration timeout, Throwable cause) {
        super(baseUrl, path, (phase == Phase.CONNECT ? "connecting to " : "no data from ") + baseUrl + " (" + path
                + ") within " + timeout.toMillis() + " ms", cause);
        this.phase = phase;
        this.timeout = timeout;
    }

    public Phase phase() {
        return phase;
    }

    public Duration timeout() {
        return timeout;
    }
}
