package io.oeml.errors;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every request an id, first thing on the router: the caller's {@code X-Request-Id} when it is a sane token,
 * else a new UUID. The id stays on the request (the gateway forwards it to the service), goes back on the response,
 * and is in every error line logged by this module and the gateway.
 */
@Singleton
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final int ORDER = -200;
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(RequestIds::assign);
    }

    private static void assign(RoutingContext ctx) {
        String offered = ctx.request().getHeader(HEADER);
        String id = offered != null && ACCEPTED.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        ctx.request().headers().set(HEADER, id);
        // Set when the head is written, so an id a proxied backend sends back does not appear twice.
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set(HEADER, id));
        ctx.next();
    }

    /** The id given to this request. */
    public static String of(HttpServerRequest request) {
        return request.getHeader(HEADER);
    }
}
