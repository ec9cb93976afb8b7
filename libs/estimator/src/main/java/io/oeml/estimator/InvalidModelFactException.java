package io.oeml.estimator;

/** A model fact that is present but cannot be a dimension: not a whole number, negative or too large. */
public class InvalidModelFactException extends EstimateException {

    private final String fact;

    public InvalidModelFactException(String fact, String problem) {
        super("model fact '" + fact + "' " + problem);
        this.fact = fact;
    }

    public String fact() {
        return fact;
    }
}
