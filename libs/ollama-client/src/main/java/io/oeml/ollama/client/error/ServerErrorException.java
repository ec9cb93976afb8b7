package io.oeml.ollama.client.error;

/** 5xx: load failures, out of memory, option type errors, a full queue (503) ... */
public class ServerErrorException extends OllamaHttpException {

    public ServerErrorException(String baseUrl, String path, int status, String ollamaMessage) {
        super(baseUrl, path, status, ollamaMessage);
    }

    /** 503 {@code server busy}: worth a retry later. */
    public boolean busy() {
        return status() == 503;
    }
}
