package io.oeml.optimizer.session;

/** Who evaluates a session's trials: this service on Ollama hosts, or the client (ask and tell). */
public final class SessionKind {

    public static final String OLLAMA = "ollama";
    public static final String EXTERNAL = "external";

    private SessionKind() {
    }
}
