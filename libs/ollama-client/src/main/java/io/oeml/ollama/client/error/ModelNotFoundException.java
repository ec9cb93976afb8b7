package io.oeml.ollama.client.error;

/** 404: the model is not installed on the host ({@code model 'x' not found}, {@code ... try pulling it first}). */
public class ModelNotFoundException extends OllamaHttpException {

    private final String model;

    public ModelNotFoundException(String baseUrl, String path, String model, String ollamaMessage) {
        super(baseUrl, path, 404, ollamaMessage);
        this.model = model;
    }

    /** The model name the request used (may be null when the request had none). */
    public String model() {
        return model;
    }
}
