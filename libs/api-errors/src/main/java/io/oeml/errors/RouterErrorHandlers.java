package io.oeml.errors;

import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives the envelope to errors that never reach a REST endpoint: an unknown path, a wrong method, a request over a
 * limit, a failure in a plain Vert.x route (the gateway's proxy, the metrics and health routes), whatever status a
 * handler fails the routing context with.
 */
@Singleton
public class RouterErrorHandlers {

    private static final Logger LOG = Logger.getLogger(RouterErrorHandlers.class);
    /** Statuses a Vert.x handler may fail a request with, besides 404, 405 and 500 which say more. */
    private static final List<Integer> GENERIC = List.of(400, 401, 403, 406, 409, 413, 414, 415, 422, 429, 431,
            501, 502, 503, 504);

    void install(@Observes Router router) {
        router.errorHandler(404, ctx -> write(ctx, 404, ErrorCodes.NOT_FOUND, "no such path: " + ctx.request().path()));
        router.errorHandler(405, ctx -> write(ctx, 405, ErrorCodes.METHOD_NOT_ALLOWED,
                "method " + ctx.request().method() + " not allowed on " + ctx.request().path()));
        router.errorHandler(500, ctx -> {
            Throwable failure = ctx.failure();
            if (failure != null && DependencyFailures.isDependencyDown(failure)) {
                write(ctx, 503, ErrorCodes.DEPENDENCY_UNAVAILABLE, "a service this request needs is unavailable; retry shortly");
            } else {
                write(ctx, 500, ErrorCodes.INTERNAL_ERROR, "internal error");
            }
        });
        for (int status : GENERIC) {
            router.errorHandler(status, ctx -> write(ctx, status, ErrorCodes.forStatus(status), reason(ctx, status)));
        }
    }

    /**
     * Writes an {@link ErrorEnvelope} unless a response has already started (then the stream is reset), and logs the
     * error with method, path, request id and cause.
     */
    public static Future<Void> write(RoutingContext ctx, int status, String code, String message) {
        log(ctx, status, code, message);
        if (ctx.response().headWritten()) {
            ctx.response().reset();
            return Future.succeededFuture();
        }
        return ctx.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(Json.encode(ErrorEnvelope.of(code, message)));
    }

    private static void log(RoutingContext ctx, int status, String code, String message) {
        Throwable cause = ctx.failure();
        String line = "%s %s request %s: %d %s: %s";
        Object[] args = {ctx.request().method(), ctx.request().path(), RequestIds.of(ctx.request()), status, code,
                cause == null ? message : cause.toString()};
        if (status >= 500) {
            LOG.warnf(cause, line, args);
        } else {
            LOG.infof(line, args);
        }
    }

    private static String reason(RoutingContext ctx, int status) {
        Throwable failure = ctx.failure();
        if (failure != null && failure.getMessage() != null && status < 500) {
            return failure.getMessage();
        }
        return HttpResponseStatus.valueOf(status).reasonPhrase().toLowerCase()
                + " (" + ctx.request().method() + " " + ctx.request().path() + ")";
    }
}
