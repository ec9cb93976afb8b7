package io.oeml.finetune.backend;

/** The backend cannot train this base (422 {@code BASE_NOT_TRAINABLE}), refused before the job is queued. */
public class BaseNotTrainableException extends RuntimeException {

    public BaseNotTrainableException(String message) {
        super(message);
    }
}
