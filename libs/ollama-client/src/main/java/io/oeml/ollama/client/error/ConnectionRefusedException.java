package io.oeml.ollama.client.error;

/** Nothing listens at the host's address (Ollama not running, wrong port). */
public class ConnectionRefusedException extends OllamaConnectionException {

    public ConnectionRefusedException(String baseUrl, String path, Throwable cause) {
        super(baseUrl, path, "connection refused by " + baseUrl + " (" + path + "): is Ollama running there?", cause);
    }
}
