package io.oeml.gateway.limits;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.github.bucket4j.ConsumptionProbe;
import io.oeml.identity.claims.IdentityClaims;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * One token per request of an authenticated caller, from the caller's own bucket: an API key by its key id (two keys
 * of one owner are two callers), an OIDC caller by its owner id. Runs after Quarkus' authentication and authorization
 * (route orders -200 and -100) and before the proxy and the gateway's own resources, on every {@code /api/} path.
 */
@Singleton
public class CallerRateLimit {

    /** After authorization (-100) and RequestLimits (-100), before the backend routes (-10). */
    static final int ORDER = -90;

    private final RateLimitConfig config;
    private final TokenBuckets buckets;

    public CallerRateLimit(RateLimitConfig config) {
        this.config = config;
        this.buckets = new TokenBuckets(config.capacity(), config.refillPeriod(), config.maxBuckets());
    }

    void install(@Observes Router router) {
        if (config.enabled()) {
            router.route("/api/*").order(ORDER).handler(this::check);
        }
    }

    private void check(RoutingContext ctx) {
        SecurityIdentity identity = ctx.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        if (identity == null || identity.isAnonymous()) {
            ctx.next(); // a path open to all; address limits cover the unauthenticated
            return;
        }
        ConsumptionProbe probe = buckets.bucket(key(identity)).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            RateLimitResponses.onAnswer(ctx, buckets.capacity(), probe.getRemainingTokens(),
                    probe.getNanosToWaitForReset());
            ctx.next();
        } else {
            RateLimitResponses.refuse(ctx, buckets.capacity(), probe.getNanosToWaitForRefill(),
                    probe.getNanosToWaitForReset(), "rate limit of " + buckets.capacity() + " requests per "
                            + config.refillPeriod().toSeconds() + " s reached; retry after the Retry-After seconds");
        }
    }

    static String key(SecurityIdentity identity) {
        String keyId = identity.getAttribute(IdentityClaims.KEY_ID);
        return keyId != null ? "api_key:" + keyId : "owner:" + identity.getPrincipal().getName();
    }
}
