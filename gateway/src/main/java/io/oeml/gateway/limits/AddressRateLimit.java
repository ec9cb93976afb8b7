package io.oeml.gateway.limits;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Throttles key and token guessing: every 401 a client address gets takes a token from that address' bucket, and an
 * address whose bucket is empty gets 429 for every {@code /api/} request, before any credential is checked (checking
 * it would tell the guesser whether the guess was right). A caller behind the same address as a guesser waits too.
 * <p>
 * Runs at Quarkus' authentication order (-200), installed after libs/api-errors' RequestIds (same order, observer
 * priority after it) so a 429 carries the request id; routes of one order run in the order they were added, and
 * Quarkus adds its authentication handler after the router observers.
 */
@Singleton
public class AddressRateLimit {

    static final int ORDER = -200;

    private final RateLimitConfig config;
    private final TokenBuckets buckets;

    public AddressRateLimit(RateLimitConfig config) {
        this.config = config;
        this.buckets = new TokenBuckets(config.unauthenticatedCapacity(), config.unauthenticatedRefillPeriod(),
                config.maxBuckets());
    }

    void install(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) Router router) {
        if (config.enabled()) {
            router.route("/api/*").order(ORDER).handler(this::check);
        }
    }

    private void check(RoutingContext ctx) {
        String address = ctx.request().remoteAddress().hostAddress();
        Bucket bucket = buckets.existing(address);
        if (bucket != null) {
            EstimationProbe probe = bucket.estimateAbilityToConsume(1);
            if (!probe.canBeConsumed()) {
                RateLimitResponses.refuse(ctx, buckets.capacity(), probe.getNanosToWaitForRefill(),
                        bucket.estimateAbilityToConsume(buckets.capacity()).getNanosToWaitForRefill(),
                        "too many failed authentications from this address; retry after the Retry-After seconds");
                return;
            }
        }
        ctx.addHeadersEndHandler(v -> {
            if (ctx.response().getStatusCode() == 401) {
                // Failures in flight when the bucket ran dry count too: the address owes them.
                buckets.bucket(address).consumeIgnoringRateLimits(1);
            }
        });
        ctx.next();
    }
}
