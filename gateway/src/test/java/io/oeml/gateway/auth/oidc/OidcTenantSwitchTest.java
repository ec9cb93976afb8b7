package io.oeml.gateway.auth.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

class OidcTenantSwitchTest {

    @Test
    void oidcIsOnWhenAnIssuerIsConfigured() {
        assertThat(enabled(Map.of(OidcTenantSwitch.ISSUER, "https://login.example.org/realms/oeml"))).isTrue();
    }

    @Test
    void oidcIsOffWithoutAnIssuer() {
        assertThat(enabled(Map.of())).isFalse();
    }

    @Test
    void explicitSettingWins() {
        assertThat(enabled(Map.of(OidcTenantSwitch.ISSUER, "https://login.example.org", OidcTenantSwitch.ENABLED,
                "false"))).isFalse();
    }

    private static boolean enabled(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .withSources(new OidcTenantSwitch())
                .build();
        return config.getValue(OidcTenantSwitch.ENABLED, Boolean.class);
    }
}
