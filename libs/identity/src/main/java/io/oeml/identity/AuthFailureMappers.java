package io.oeml.identity;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.oeml.errors.ErrorCodes;
import io.oeml.errors.ErrorEnvelope;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Authentication and authorization failures of a REST endpoint in the error envelope: no, an invalid or an expired
 * identity token is a 401 {@code UNAUTHENTICATED} with {@code WWW-Authenticate: Bearer}; a caller without the role is
 * a 403 {@code FORBIDDEN} (refusals before any endpoint runs: {@link IdentityTokenMechanism}). The messages say nothing about why a token was refused (that goes to the debug log of
 * smallrye-jwt only).
 */
public class AuthFailureMappers {

    static final String UNAUTHENTICATED_MESSAGE = "authentication required: send a valid bearer credential";
    static final String FORBIDDEN_MESSAGE = "this operation needs a role the caller does not have";
    static final String CHALLENGE = "Bearer";

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Response.status(Response.Status.FORBIDDEN)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorEnvelope.of(ErrorCodes.FORBIDDEN, FORBIDDEN_MESSAGE))
                .build();
    }

    private static Response unauthenticated() {
        return Response.status(Response.Status.UNAUTHORIZED)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                .entity(ErrorEnvelope.of(ErrorCodes.UNAUTHENTICATED, UNAUTHENTICATED_MESSAGE))
                .build();
    }
}
