package io.oeml.gateway.auth.apikey.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.oeml.gateway.auth.apikey.ApiKey;
import io.oeml.gateway.auth.apikey.ApiKeyConfig;
import io.oeml.gateway.auth.apikey.ApiKeyFormat;
import io.oeml.gateway.auth.apikey.repository.ApiKeyRepository;
import io.oeml.outbox.db.DatabaseDeadline;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Checks a presented API key. Stored keys are read through a cache with a short TTL (unknown ids too), so a request
 * costs one HMAC and no database round trip, and a revocation takes effect on every replica within the TTL. A key's
 * last use is written in the background, at most once per {@link ApiKeyConfig#lastUsedInterval()} per replica.
 */
@ApplicationScoped
public class ApiKeyAuthenticator {

    private static final Logger LOG = Logger.getLogger(ApiKeyAuthenticator.class);

    /** A stored key as the authenticator needs it; empty in the cache for an id no key has. */
    record KnownKey(String keyId, byte[] secretHash, String owner, Set<String> roles, Instant expiresAt,
            Instant revokedAt) {

        static KnownKey of(ApiKey key) {
            return new KnownKey(key.keyId, key.secretHash, key.owner, key.roleSet(), key.expiresAt, key.revokedAt);
        }

        boolean validAt(Instant now) {
            return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
        }
    }

    /** The caller a valid key stands for. */
    public record KeyHolder(String keyId, String owner, Set<String> roles) {
    }

    private final ApiKeyRepository keys;
    private final ApiKeyHasher hasher;
    private final ApiKeyConfig config;
    private final DatabaseDeadline deadline;
    private final Pool pool;
    private final Cache<String, Optional<KnownKey>> cache;
    private final ConcurrentMap<String, Instant> lastUseWritten = new ConcurrentHashMap<>();

    public ApiKeyAuthenticator(ApiKeyRepository keys, ApiKeyHasher hasher, ApiKeyConfig config,
            DatabaseDeadline deadline, Pool pool) {
        this.keys = keys;
        this.hasher = hasher;
        this.config = config;
        this.deadline = deadline;
        this.pool = pool;
        this.cache = Caffeine.newBuilder().expireAfterWrite(config.apiKeyCacheTtl()).maximumSize(10_000).build();
    }

    /** The holder of a valid key; an empty item for a malformed, unknown, wrong, revoked or expired one. */
    public Uni<Optional<KeyHolder>> authenticate(String presented) {
        Optional<ApiKeyFormat.Parts> parts = ApiKeyFormat.parse(presented);
        if (parts.isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return lookup(parts.get().keyId()).map(known -> holder(parts.get(), known));
    }

    /**
     * The holder of a valid key that is in the cache, at once; empty for every other key (not cached, malformed,
     * wrong, revoked, expired), which {@link #authenticate} then decides on.
     */
    public Optional<KeyHolder> cached(String presented) {
        return ApiKeyFormat.parse(presented).flatMap(parts -> {
            Optional<KnownKey> known = cache.getIfPresent(parts.keyId());
            return known == null ? Optional.empty() : holder(parts, known);
        });
    }

    private Optional<KeyHolder> holder(ApiKeyFormat.Parts parts, Optional<KnownKey> known) {
        return known
                .filter(key -> hasher.matches(parts.secret(), key.secretHash()))
                .filter(key -> key.validAt(Instant.now()))
                .map(key -> {
                    noteUse(key.keyId());
                    return new KeyHolder(key.keyId(), key.owner(), key.roles());
                });
    }

    private Uni<Optional<KnownKey>> lookup(String keyId) {
        Optional<KnownKey> cached = cache.getIfPresent(keyId);
        if (cached != null) {
            return Uni.createFrom().item(cached);
        }
        return deadline.within(keys.findById(keyId)).map(key -> {
            Optional<KnownKey> known = Optional.ofNullable(key).map(KnownKey::of);
            cache.put(keyId, known);
            return known;
        });
    }

    /** One plain statement, off the request's Hibernate session; a failure only loses a timestamp. */
    private void noteUse(String keyId) {
        Instant now = Instant.now();
        Instant previous = lastUseWritten.get(keyId);
        if (previous != null && previous.plus(config.lastUsedInterval()).isAfter(now)) {
            return; // the common case: a plain read, no lock on the map's bin that every event loop would contend for
        }
        Instant written = lastUseWritten.merge(keyId, now,
                (last, fresh) -> last.plus(config.lastUsedInterval()).isAfter(fresh) ? last : fresh);
        if (written != now) {
            return;
        }
        pool.preparedQuery("UPDATE api_key SET last_used_at = $1 WHERE key_id = $2")
                .execute(Tuple.of(now.atOffset(ZoneOffset.UTC), keyId))
                .subscribe().with(ignored -> {
                }, failure -> LOG.debugf("last_used_at of key %s not written: %s", keyId, failure.getMessage()));
    }
}
