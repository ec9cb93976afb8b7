package io.oeml.errors;

import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;

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
    public Response constraintViolation(ConstraintViolationException e) {
        String message = e.getConstraintViolations().stream()
                .map(RestErrorMappers::describe)
                .sorted()
                .collect(Collectors.joining("; "));
        return envelope(400, ErrorCodes.VALIDATION_FAILED, message);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return envelope(400, ErrorCodes.MALFORMED_JSON, "request body is not valid JSON for this endpoint: "
                + e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
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

    /** "parameter 'min_performance' must be less than or equal to 1" from a violation on a resource method argument. */
    private static String describe(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return "parameter '" + SnakeCase.of(name) + "' " + violation.getMessage();
    }
}
