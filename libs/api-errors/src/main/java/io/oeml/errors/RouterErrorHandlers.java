package io.oeml.errors;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives the envelope to errors that never reach a REST endpoint: an unknown path, a wrong method, a failure in a plain
 * Vert.x route (the gateway's proxy, the metrics and health routes).
 */
@Singleton
public class RouterErrorHandlers {

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
    }

    /** Writes an {@link ErrorEnvelope} unless a response has already started. */
    public static void write(RoutingContext ctx, int status, String code, String message) {
        if (ctx.response().headWritten()) {
            ctx.response().reset();
            return;
        }
        ctx.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(Json.encode(ErrorEnvelope.of(code, message)));
    }
}
