package io.oeml.ollama.client.error;

/** The host's Ollama version predates the endpoint or request form (e.g. JSON {@code /api/create} before 0.5.5). */
public class UnsupportedByHostException extends OllamaException {

    public UnsupportedByHostException(String baseUrl, String path, String message) {
        super(baseUrl, path, message, null);
    }
}
