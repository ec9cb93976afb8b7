package io.oeml.ollama.client.error;

/** Ollama answered with a non-2xx status; {@link #ollamaMessage()} is the text of its {@code {"error": ...}} body. */
public class OllamaHttpException extends OllamaException {

    private final int status;
    private final String ollamaMessage;

    public OllamaHttpException(String baseUrl, String path, int status, String ollamaMessage) {
        super(baseUrl, path, path + " on " + baseUrl + " answered " + status + ": " + ollamaMessage, null);
        this.status = status;
        this.ollamaMessage = ollamaMessage;
    }

    public int status() {
        return status;
    }

    public String ollamaMessage() {
        return ollamaMessage;
    }
}
