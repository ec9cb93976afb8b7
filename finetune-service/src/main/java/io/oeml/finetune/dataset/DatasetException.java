package io.oeml.finetune.dataset;

/**
 * A dataset that cannot be used, with the envelope's machine-readable code and HTTP status: e.g.
 * {@code DATA_PATH_OUTSIDE_ROOTS} (400), {@code DATASET_NOT_FOUND} (404), {@code DATASET_TOO_LARGE} (413).
 */
public class DatasetException extends RuntimeException {

    private final String code;
    private final int status;

    public DatasetException(String code, int status, String message) {
        super(message);
        this.code = code;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }
}
