package io.oeml.gateway.auth.oidc;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;

/**
 * Enables quarkus-oidc exactly when an issuer is configured ({@code quarkus.oidc.auth-server-url}, from
 * {@code OIDC_ISSUER_URL}): without one the gateway takes API keys only, instead of failing to start. An explicit
 * {@code quarkus.oidc.tenant-enabled} still wins, as this source has the lowest ordinal.
 */
public class OidcTenantSwitch implements ConfigSourceFactory {

    static final String ISSUER = "quarkus.oidc.auth-server-url";
    static final String ENABLED = "quarkus.oidc.tenant-enabled";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue issuer = context.getValue(ISSUER);
        boolean configured = issuer != null && issuer.getValue() != null && !issuer.getValue().isBlank();
        return List.of(new MapBackedConfigSource("oidc tenant switch", Map.of(ENABLED, String.valueOf(configured)), 1) {
        });
    }
}
