package io.oeml.infra;

/** Infrastructure could not be started or stopped; the message says what and where to look. */
public class InfraException extends RuntimeException {

    public InfraException(String message) {
        super(message);
    }

    public InfraException(String message, Throwable cause) {
        super(message, cause);
    }
}
