package io.oeml.gateway.auth.apikey.rest;

import java.time.Instant;
import java.util.Set;

import io.oeml.gateway.auth.apikey.ApiKey;

/** A stored key as listed: everything but its hash. */
public record ApiKeyView(String keyId, String owner, Set<String> roles, String name, Instant createdAt,
        Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {

    static ApiKeyView of(ApiKey key) {
        return new ApiKeyView(key.keyId, key.owner, key.roleSet(), key.name, key.createdAt, key.expiresAt,
                key.revokedAt, key.lastUsedAt);
    }
}
