package io.oeml.gateway.auth;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.oeml.errors.ErrorCodes;
import io.oeml.errors.ErrorEnvelope;
import io.oeml.errors.RouterErrorHandlers;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The one place that answers an authentication or authorization failure, for every credential mechanism and every
 * route (proxied Vert.x routes and the gateway's own REST resources): 401 {@code UNAUTHENTICATED} with
 * {@code WWW-Authenticate: Bearer}, 403 {@code FORBIDDEN}, both in the error envelope. A missing credential reaches
 * it through {@link EnvelopeChallenge}, a refused one or a missing role through the router's failure handler or, inside
 * a REST resource, through the exception mappers below.
 */
@Singleton
public class AuthFailures {

    /** The header an API key may come in instead of {@code Authorization: Bearer}. */
    public static final String API_KEY_HEADER = "X-API-Key";
    /** The challenge of both credentials the gateway takes: an API key and an OIDC access token. */
    static final String CHALLENGE = "Bearer";
    public static final String MISSING = "authentication required: send Authorization: Bearer <API key or access token>";
    public static final String REFUSED = "the credential is invalid, expired or revoked";
    static final String NOT_ALLOWED = "the caller's roles do not allow this operation";
    /** Before Quarkus' own failure handler, which would answer with an empty body. */
    private static final int FIRST = Integer.MIN_VALUE;

    void install(@Observes Router router) {
        router.route().order(FIRST).failureHandler(AuthFailures::handle);
    }

    private static void handle(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (failure instanceof ForbiddenException) {
            forbidden(ctx);
        } else if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            unauthenticated(ctx, REFUSED);
        } else {
            ctx.next();
        }
    }

    /** 401 in the envelope, with the Bearer challenge. */
    public static Future<Void> unauthenticated(RoutingContext ctx, String message) {
        ctx.response().putHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        return RouterErrorHandlers.write(ctx, 401, ErrorCodes.UNAUTHENTICATED, message);
    }

    private static void forbidden(RoutingContext ctx) {
        RouterErrorHandlers.write(ctx, 403, ErrorCodes.FORBIDDEN, NOT_ALLOWED);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return envelope(Response.status(403), ErrorCodes.FORBIDDEN, NOT_ALLOWED);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e) {
        return envelope(Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE), ErrorCodes.UNAUTHENTICATED,
                e instanceof UnauthorizedException ? MISSING : REFUSED);
    }

    private static Response envelope(Response.ResponseBuilder response, String code, String message) {
        return response.type(MediaType.APPLICATION_JSON_TYPE).entity(ErrorEnvelope.of(code, message)).build();
    }
}
