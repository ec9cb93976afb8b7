package io.oeml.errors;

import jakarta.ws.rs.core.Response;

/**
 * A failure the caller can act on, with its HTTP status and error code. Thrown (or failed into a Uni) by
 * feature code and turned into an {@link ErrorEnvelope} by {@link RestErrorMappers}.
 */
public class ApiException extends RuntimeException {

    private final Response.Status status;
    private final String errorCode;

    public ApiException(Response.Status status, String errorCode, String message) {
        super(message, null, false, false);
        this.status = status;
        this.errorCode = errorCode;
    }

    public static ApiException badParameter(String parameter, String problem) {
        return new ApiException(Response.Status.BAD_REQUEST, ErrorCodes.INVALID_PARAMETER,
                "parameter '" + parameter + "' " + problem);
    }

    public static ApiException notFound(String what) {
        return new ApiException(Response.Status.NOT_FOUND, ErrorCodes.NOT_FOUND, what + " not found");
    }

    public static ApiException conflict(String message) {
        return new ApiException(Response.Status.CONFLICT, ErrorCodes.CONFLICT, message);
    }

    public Response.Status status() {
        return status;
    }

    public String errorCode() {
        return errorCode;
    }
}
