package io.oeml.ollama.client.error;

/** The host answered something that is not Ollama's JSON (a proxy's HTML page, a truncated line ...). */
public class OllamaProtocolException extends OllamaException {

    public OllamaProtocolException(String baseUrl, String path, String message, Throwable cause) {
        super(baseUrl, path, message, cause);
    }
}
