package io.oeml.gateway;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.oeml.gateway.auth.apikey.service.ApiKeyService;
import io.oeml.gateway.auth.apikey.service.KeyCaller;
import io.oeml.gateway.auth.apikey.service.NewApiKey;
import io.quarkus.vertx.VertxContextSupport;

/** API keys for tests, created through the service as an admin would create them. */
public final class TestKeys {

    private static final KeyCaller ADMIN = new KeyCaller("test", List.of("admin"), null);

    private TestKeys() {
    }

    /** A new key of {@code owner} with these roles, without expiry. */
    public static String issue(ApiKeyService keys, String owner, String... roles) {
        return issue(keys, owner, null, roles);
    }

    /** A new key of {@code owner} with these roles that expires at {@code expiresAt} (null: never). */
    public static String issue(ApiKeyService keys, String owner, Instant expiresAt, String... roles) {
        try {
            return VertxContextSupport.subscribeAndAwait(
                    () -> keys.create(ADMIN, new NewApiKey(owner, Set.of(roles), "test", expiresAt))).key();
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
