package io.oeml.errors;

/** Error codes shared by every service; features add their own specific ones next to their code. */
public final class ErrorCodes {

    public static final String BAD_REQUEST = "BAD_REQUEST";
    public static final String INVALID_PARAMETER = "INVALID_PARAMETER";
    public static final String MALFORMED_JSON = "MALFORMED_JSON";
    public static final String VALIDATION_FAILED = "VALIDATION_FAILED";
    /** No credential, or one that is invalid, expired or revoked (401, with {@code WWW-Authenticate: Bearer}). */
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    /** Authenticated, but the caller lacks the role the operation needs (403). */
    public static final String FORBIDDEN = "FORBIDDEN";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    public static final String NOT_ACCEPTABLE = "NOT_ACCEPTABLE";
    public static final String CONFLICT = "CONFLICT";
    public static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";
    public static final String URI_TOO_LONG = "URI_TOO_LONG";
    public static final String HEADERS_TOO_LARGE = "HEADERS_TOO_LARGE";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    public static final String UNPROCESSABLE = "UNPROCESSABLE_ENTITY";
    /** Too many requests of one caller, or too many failed authentications from one address (429, Retry-After). */
    public static final String RATE_LIMITED = "RATE_LIMITED";
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";
    public static final String BAD_GATEWAY = "BAD_GATEWAY";
    public static final String DEPENDENCY_UNAVAILABLE = "DEPENDENCY_UNAVAILABLE";
    /** The dependency took the connection but sent no answer in time (504). */
    public static final String GATEWAY_TIMEOUT = "GATEWAY_TIMEOUT";
    /** The dependency is up but every connection to it stayed busy for longer than the caller may wait. */
    public static final String DEPENDENCY_BUSY = "DEPENDENCY_BUSY";

    private ErrorCodes() {
    }

    /** The generic code for an HTTP status, used when nothing more specific is known. */
    public static String forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> UNPROCESSABLE;
            case 429 -> RATE_LIMITED;
            case 431 -> HEADERS_TOO_LARGE;
            case 502 -> BAD_GATEWAY;
            case 503 -> DEPENDENCY_UNAVAILABLE;
            case 504 -> GATEWAY_TIMEOUT;
            default -> status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
        };
    }
}
