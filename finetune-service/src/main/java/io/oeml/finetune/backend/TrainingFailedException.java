package io.oeml.finetune.backend;

/**
 * A run that did not produce a result, with the trainer protocol's failure code ({@code CANCELLED},
 * {@code UNSUPPORTED_ARCHITECTURE}, {@code OUT_OF_MEMORY}, ...) or {@code TRAINER_CRASHED} for an exit without one.
 */
public class TrainingFailedException extends RuntimeException {

    public static final String CANCELLED = "CANCELLED";

    private final String code;

    public TrainingFailedException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
