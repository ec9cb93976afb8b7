package io.oeml.estimator;

/**
 * An estimate the input does not allow. The estimator knows no HTTP: a service maps each subtype to its own error
 * answer. The message is for people and names what to change.
 */
public abstract class EstimateException extends RuntimeException {

    protected EstimateException(String message) {
        super(message, null, false, false);
    }
}
