package io.oeml.errors;

/**
 * A failure that services throw in their own terms (an unknown model, an unknown host, an unsupported quantization),
 * knowing nothing of HTTP. {@link RestErrorMappers} turns every one into the error envelope, by its {@link Kind}; the
 * message is for the caller, so it names what was asked for and never carries internals.
 */
public abstract class DomainException extends RuntimeException {

    /** What went wrong, as the caller sees it. */
    public enum Kind {
        /** The thing asked for does not exist: 404. */
        NOT_FOUND(404, ErrorCodes.NOT_FOUND),
        /** An input the request gave cannot be used; the message names it: 400. */
        INVALID_INPUT(400, ErrorCodes.INVALID_PARAMETER),
        /** The request clashes with the current state: 409. */
        CONFLICT(409, ErrorCodes.CONFLICT);

        final int status;
        final String errorCode;

        Kind(int status, String errorCode) {
            this.status = status;
            this.errorCode = errorCode;
        }
    }

    private final Kind kind;

    protected DomainException(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
