package io.oeml.errors;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.MDC;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every request an id, first thing on the router: the caller's {@code X-Request-Id} when it is a sane token,
 * else a new UUID. The id stays on the request (the gateway forwards it to the service), goes back on the response,
 * and is the {@value #MDC_KEY} of every log line written while the request is handled (the JSON log's {@code mdc},
 * {@code %X{request_id}} in the plain-text format).
 */
@Singleton
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** The MDC key of the id. */
    public static final String MDC_KEY = "request_id";
    static final int ORDER = -200;
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(RequestIds::assign);
    }

    private static void assign(RoutingContext ctx) {
        String offered = ctx.request().getHeader(HEADER);
        String id = offered != null && ACCEPTED.matcher(offered).matches() ? offered : newId();
        ctx.request().headers().set(HEADER, id);
        // Quarkus keeps the MDC on the request's duplicated Vert.x context: it follows the request onto the worker
        // threads and Uni continuations that run on that context, and ends with it (no clean-up to forget).
        MDC.put(MDC_KEY, id);
        // Set when the head is written, so an id a proxied backend sends back does not appear twice.
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set(HEADER, id));
        ctx.next();
    }

    /**
     * A random (version 4) UUID from the thread's own generator: a request id must be unique, not unguessable, and
     * {@link UUID#randomUUID()} draws from the one shared {@code SecureRandom}, about 1 % of the gateway's CPU per
     * proxied request.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long version4 = (random.nextLong() & ~0xF000L) | 0x4000L;
        long ietfVariant = (random.nextLong() & ~(0xCL << 60)) | (0x8L << 60);
        return new UUID(version4, ietfVariant).toString();
    }

    /** The id given to this request. */
    public static String of(HttpServerRequest request) {
        return request.getHeader(HEADER);
    }
}
