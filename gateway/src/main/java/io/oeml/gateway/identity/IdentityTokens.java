package io.oeml.gateway.identity;

import java.io.IOException;
import java.nio.file.Files;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Set;

import jakarta.inject.Singleton;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import io.oeml.identity.claims.IdentityClaims;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Signs the identity token that tells a service who the caller is (ES256, {@code kid} = {@code gateway.identity.key-id})
 * and keeps it per caller until {@code renew-before} ahead of its expiry, so a request costs a cache lookup and one
 * signature is spent per caller every {@code lifespan - renew-before} (90 s by default).
 */
@Singleton
public class IdentityTokens {

    /** Who the token speaks for: everything its claims say about the caller. */
    record Caller(String owner, Set<String> roles, String auth, String keyId) {
    }

    private static final int MAX_CALLERS = 100_000;

    private final IdentityConfig config;
    private final PrivateKey key;
    private final LoadingCache<Caller, String> tokens;

    public IdentityTokens(IdentityConfig config) {
        this.config = config;
        this.key = readKey(config);
        this.tokens = Caffeine.newBuilder()
                .maximumSize(MAX_CALLERS)
                .expireAfterWrite(config.lifespan().minus(config.renewBefore()))
                .build(this::sign);
    }

    /** The signed token for this authenticated caller. */
    public String tokenFor(SecurityIdentity identity) {
        return tokens.get(caller(identity));
    }

    static Caller caller(SecurityIdentity identity) {
        boolean oidc = identity.getCredential(AccessTokenCredential.class) != null;
        return new Caller(identity.getPrincipal().getName(), IdentityClaims.knownRoles(identity.getRoles()),
                oidc ? IdentityClaims.AUTH_OIDC : IdentityClaims.AUTH_API_KEY,
                oidc ? null : identity.getAttribute(IdentityClaims.KEY_ID));
    }

    private String sign(Caller caller) {
        Instant now = Instant.now();
        var claims = Jwt.issuer(config.issuer())
                .audience(config.audience())
                .subject(caller.owner())
                .groups(caller.roles())
                .claim(IdentityClaims.AUTH, caller.auth())
                .issuedAt(now)
                .expiresAt(now.plus(config.lifespan()));
        if (caller.keyId() != null) {
            claims.claim(IdentityClaims.KEY_ID, caller.keyId());
        }
        return claims.jws().keyId(config.keyId()).algorithm(SignatureAlgorithm.ES256).sign(key);
    }

    private static PrivateKey readKey(IdentityConfig config) {
        try {
            return KeyUtils.decodePrivateKey(Files.readString(config.signingKeyLocation()), SignatureAlgorithm.ES256);
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the identity signing key at gateway.identity.signing-key-location "
                    + config.signingKeyLocation() + ": " + e.getMessage(), e);
        }
    }
}
