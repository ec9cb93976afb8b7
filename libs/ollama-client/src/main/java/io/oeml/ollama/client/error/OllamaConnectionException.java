package io.oeml.ollama.client.error;

/** The network failed: no answer, or the connection broke. */
public class OllamaConnectionException extends OllamaException {

    public OllamaConnectionException(String baseUrl, String path, String message, Throwable cause) {
        super(baseUrl, path, message, cause);
    }
}
