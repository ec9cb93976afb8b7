package io.oeml.gateway.limits;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import io.github.bucket4j.Bucket;

/**
 * Bucket4j buckets of one limit by key, in a bounded Caffeine cache. A bucket unused for its refill period would be
 * full again, so it is dropped then and made anew when needed.
 */
final class TokenBuckets {

    private final long capacity;
    private final Duration refillPeriod;
    private final LoadingCache<String, Bucket> buckets;

    TokenBuckets(long capacity, Duration refillPeriod, long maxBuckets) {
        this.capacity = capacity;
        this.refillPeriod = refillPeriod;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxBuckets)
                .expireAfterAccess(refillPeriod)
                .build(key -> newBucket());
    }

    long capacity() {
        return capacity;
    }

    Bucket bucket(String key) {
        return buckets.get(key);
    }

    /** The key's bucket if it has one, without making one. */
    Bucket existing(String key) {
        return buckets.getIfPresent(key);
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, refillPeriod))
                .build();
    }
}
