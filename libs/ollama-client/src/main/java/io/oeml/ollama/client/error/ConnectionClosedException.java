package io.oeml.ollama.client.error;

/** The host closed the connection before the reply was complete (crash, restart, proxy cut). */
public class ConnectionClosedException extends OllamaConnectionException {

    public ConnectionClosedException(String baseUrl, String path, String detail, Throwable cause) {
        super(baseUrl, path, "connection to " + baseUrl + " closed during " + path + ": " + detail, cause);
    }
}
