package io.oeml.finetune.deploy;

/**
 * A result that could not become a model, with a machine-readable code for the job's error: {@link #SMOKE_FAILED},
 * {@link #CREATE_FAILED}, {@link #ADAPTER_UNSUPPORTED}, {@link #UNKNOWN_HOST}, {@link #NO_FREE_VERSION}. Nothing
 * is left on the host when this is thrown.
 */
public class DeploymentFailedException extends RuntimeException {

    /** The created model did not answer the smoke prompt (empty, error or timeout); it was deleted again. */
    public static final String SMOKE_FAILED = "SMOKE_FAILED";
    /** Blob upload or {@code /api/create} failed. */
    public static final String CREATE_FAILED = "CREATE_FAILED";
    /** The host's Ollama cannot apply an adapter to this base's architecture. */
    public static final String ADAPTER_UNSUPPORTED = "ADAPTER_UNSUPPORTED";
    /** The base is on a host this service does not deploy to. */
    public static final String UNKNOWN_HOST = "UNKNOWN_HOST";
    /** Every version number tried was taken meanwhile. */
    public static final String NO_FREE_VERSION = "NO_FREE_VERSION";

    private final String code;

    public DeploymentFailedException(String code, String message) {
        super(message);
        this.code = code;
    }

    public DeploymentFailedException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
