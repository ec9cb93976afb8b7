package io.oeml.gateway.limits;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Token buckets of each replica (README "Limits"): one per authenticated caller, and one per client address that
 * counts failed and missing authentications.
 */
@ConfigMapping(prefix = "gateway.rate-limit")
public interface RateLimitConfig {

    /** Off: no bucket is kept and no rate header sent (the benchmark measures the proxy without it). */
    @WithDefault("true")
    boolean enabled();

    /** Requests a caller (API key or OIDC subject) may send at once, a burst. */
    @WithDefault("300")
    long capacity();

    /** How long an empty caller bucket takes to fill again; tokens come back evenly over it. */
    @WithDefault("1m")
    Duration refillPeriod();

    /** Failed or missing authentications a client address may have before all its requests are 429. */
    @WithDefault("20")
    long unauthenticatedCapacity();

    /** How long an empty address bucket takes to fill again. */
    @WithDefault("1m")
    Duration unauthenticatedRefillPeriod();

    /** Buckets kept per kind at most; a bucket idle for its refill period is full again and is dropped. */
    @WithDefault("100000")
    long maxBuckets();
}
