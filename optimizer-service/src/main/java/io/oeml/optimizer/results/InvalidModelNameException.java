package io.oeml.optimizer.results;

/** A model name Ollama would refuse or that would overwrite the base model: a 400 naming the field. */
public class InvalidModelNameException extends IllegalArgumentException {

    private final String field;

    public InvalidModelNameException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
