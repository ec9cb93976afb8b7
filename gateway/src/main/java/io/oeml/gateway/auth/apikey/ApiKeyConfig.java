package io.oeml.gateway.auth.apikey;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "gateway.auth")
public interface ApiKeyConfig {

    /** Secret key of the HMAC-SHA256 over each API key's secret (GATEWAY_API_KEY_PEPPER); changing it voids all keys. */
    String apiKeyPepper();

    /** How long a looked-up key is served from memory: a revocation takes effect on every replica within it. */
    @WithDefault("5s")
    Duration apiKeyCacheTtl();

    /** A key's last_used_at is written at most this often. */
    @WithDefault("1m")
    Duration lastUsedInterval();

    /**
     * Where to write a new admin key (owner admin, mode 0600) at start when no valid admin key exists
     * (GATEWAY_BOOTSTRAP_ADMIN_KEY_FILE); unset: no key is created.
     */
    Optional<Path> bootstrapAdminKeyFile();
}
