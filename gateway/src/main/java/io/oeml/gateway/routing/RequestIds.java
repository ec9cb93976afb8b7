package io.oeml.gateway.routing;

import java.util.UUID;
import java.util.regex.Pattern;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a sane token, else a new UUID. The id goes
 * to the backend with the request, back to the caller on the response, and into every error the gateway logs.
 */
final class RequestIds implements Handler<RoutingContext> {

    static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @Override
    public void handle(RoutingContext ctx) {
        String offered = ctx.request().getHeader(HEADER);
        String id = offered != null && ACCEPTED.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        ctx.request().headers().set(HEADER, id);
        // Set when the head is written, so a backend's own X-Request-Id does not appear twice.
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set(HEADER, id));
        ctx.next();
    }

    /** The id {@link RequestIds} gave this request. */
    static String of(HttpServerRequest request) {
        return request.getHeader(HEADER);
    }
}
