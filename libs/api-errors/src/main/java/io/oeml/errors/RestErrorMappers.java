package io.oeml.errors;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Maps every failure of a REST endpoint to the {@link ErrorEnvelope}. Known failures keep their status; a dependency
 * that is down is a 503; anything unexpected is a 500 whose body names an incident id and whose details go to the log only.
 */
public class RestErrorMappers {

    private static final Logger LOG = Logger.getLogger(RestErrorMappers.class);

    @ServerExceptionMapper
    public Response apiException(ApiException e) {
        return envelope(e.status().getStatusCode(), e.errorCode(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response domain(DomainException e) {
        return envelope(e.kind().status, e.kind().errorCode, e.getMessage());
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e) {
        return envelope(400, ErrorCodes.INVALID_PARAMETER, e.getMessage());
    }

    /**
     * Bean Validation of a request: INVALID_PARAMETER when every violation is on a query, path or header parameter
     * (named as the client sent it), VALIDATION_FAILED when a body field is among them.
     */
    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<ViolatedInput> inputs = e.getConstraintViolations().stream().map(ViolatedInput::of).toList();
        String message = inputs.stream().map(ViolatedInput::describe).sorted().collect(Collectors.joining("; "));
        boolean parametersOnly = inputs.stream().allMatch(ViolatedInput::parameter);
        return envelope(400, parametersOnly ? ErrorCodes.INVALID_PARAMETER : ErrorCodes.VALIDATION_FAILED, message);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return envelope(400, ErrorCodes.MALFORMED_JSON, "request body is not valid JSON for this endpoint: "
                + e.getOriginalMessage());
    }

    /** A body of the wrong shape (text where a number belongs): Quarkus' reader rethrows it, and its own mapper would answer. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return malformedJson(e);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        // Quarkus' Jackson reader wraps a body that does not parse in a plain 400 with the parser's failure as cause
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        return envelope(status, ErrorCodes.forStatus(status), describe(e, status, uri));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (DependencyFailures.isDependencyDown(e)) {
            LOG.warnf("dependency unavailable: %s", e.toString());
            return envelope(503, ErrorCodes.DEPENDENCY_UNAVAILABLE,
                    "a service this request needs is unavailable; retry shortly");
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure, incident %s", incident);
        return envelope(500, ErrorCodes.INTERNAL_ERROR, "internal error; incident " + incident);
    }

    static Response envelope(int status, String code, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorEnvelope.of(code, message))
                .build();
    }

    /** Keeps a message the code gave; replaces JAX-RS' generic "HTTP 404 Not Found" with what went wrong where. */
    private static String describe(WebApplicationException e, int status, UriInfo uri) {
        String message = e.getMessage();
        if (message != null && !message.startsWith("HTTP " + status)) {
            return message;
        }
        String path = uri.getPath();
        return switch (status) {
            case 404 -> "no such path: " + path;
            case 405 -> "method not allowed on " + path;
            case 406 -> "no acceptable representation of " + path + "; ask for application/json";
            case 415 -> "unsupported content type for " + path + "; send application/json";
            default -> Response.Status.fromStatusCode(status) == null ? "request failed"
                    : Response.Status.fromStatusCode(status).getReasonPhrase();
        };
    }
}
