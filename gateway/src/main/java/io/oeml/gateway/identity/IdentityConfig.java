package io.oeml.gateway.identity;

import java.nio.file.Path;
import java.time.Duration;

import io.oeml.identity.claims.IdentityClaims;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "gateway.identity")
public interface IdentityConfig {

    /** PKCS#8 PEM file of the EC P-256 private key that signs identity tokens (ES256). */
    Path signingKeyLocation();

    /** The {@code kid} header of the tokens: the id of that key in the services' JWKS. */
    String keyId();

    /** The {@code iss} claim, which the services require. */
    @WithDefault(IdentityClaims.DEFAULT_ISSUER)
    String issuer();

    /** The {@code aud} claim, which the services require. */
    @WithDefault(IdentityClaims.AUDIENCE)
    String audience();

    /** How long a token is valid ({@code exp - iat}). */
    @WithDefault("120s")
    Duration lifespan();

    /** A cached token is signed anew this long before it expires, so no service receives one about to expire. */
    @WithDefault("30s")
    Duration renewBefore();
}
