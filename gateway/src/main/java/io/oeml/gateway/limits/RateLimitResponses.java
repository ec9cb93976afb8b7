package io.oeml.gateway.limits;

import java.util.concurrent.TimeUnit;

import io.oeml.errors.ErrorCodes;
import io.oeml.errors.RouterErrorHandlers;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * The rate headers (RateLimit-Limit, -Remaining, -Reset of draft-ietf-httpapi-ratelimit-headers, in seconds) and the
 * 429 in the envelope with {@code Retry-After}.
 */
final class RateLimitResponses {

    static final String LIMIT = "RateLimit-Limit";
    static final String REMAINING = "RateLimit-Remaining";
    static final String RESET = "RateLimit-Reset";
    static final String RETRY_AFTER = "Retry-After";

    private RateLimitResponses() {
    }

    /** Headers of a request that got its token: set as the head is written, over whatever the backend sent. */
    static void onAnswer(RoutingContext ctx, long limit, long remaining, long nanosToReset) {
        ctx.addHeadersEndHandler(v -> put(ctx.response().headers(), limit, remaining, nanosToReset));
    }

    static void refuse(RoutingContext ctx, long limit, long nanosToRefill, long nanosToReset, String message) {
        MultiMap headers = ctx.response().headers();
        put(headers, limit, 0, nanosToReset);
        headers.set(RETRY_AFTER, String.valueOf(Math.max(1, seconds(nanosToRefill))));
        RouterErrorHandlers.write(ctx, 429, ErrorCodes.RATE_LIMITED, message);
    }

    private static void put(MultiMap headers, long limit, long remaining, long nanosToReset) {
        headers.set(LIMIT, String.valueOf(limit))
                .set(REMAINING, String.valueOf(Math.max(0, remaining)))
                .set(RESET, String.valueOf(seconds(nanosToReset)));
    }

    /** Whole seconds, rounded up: a client that waits that long finds a token. */
    private static long seconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }
}
