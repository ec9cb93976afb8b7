package io.oeml.ollama.client.error;

/** 400: the host rejected the request (invalid name, capability missing, digest mismatch, invalid options ...). */
public class BadRequestException extends OllamaHttpException {

    public BadRequestException(String baseUrl, String path, String ollamaMessage) {
        super(baseUrl, path, 400, ollamaMessage);
    }
}
