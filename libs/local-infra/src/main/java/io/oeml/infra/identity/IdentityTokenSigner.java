package io.oeml.infra.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import io.oeml.identity.claims.IdentityClaims;
import io.oeml.infra.InfraException;

/**
 * Signs an identity token with the claims the gateway puts in one for an API key caller (ES256, {@code kid} of the
 * key): for the service tests ({@link io.oeml.infra.testing.TestIdentity}) and for calling a service port directly
 * ({@code LocalInfra identity-token}, used by deploy/bench).
 */
public final class IdentityTokenSigner {

    /** The {@code key_id} claim of the tokens signed here: no real API key has it. */
    public static final String KEY_ID = "testkey00001";

    private IdentityTokenSigner() {
    }

    public static String sign(IdentityKeys keys, String issuer, String owner, List<String> roles, Instant issuedAt,
            Duration lifetime) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(IdentityClaims.AUDIENCE);
        claims.setSubject(owner);
        claims.setStringListClaim(IdentityClaims.GROUPS, roles);
        claims.setStringClaim(IdentityClaims.AUTH, IdentityClaims.AUTH_API_KEY);
        claims.setStringClaim(IdentityClaims.KEY_ID, KEY_ID);
        claims.setIssuedAt(NumericDate.fromMilliseconds(issuedAt.toEpochMilli()));
        claims.setExpirationTime(NumericDate.fromMilliseconds(issuedAt.plus(lifetime).toEpochMilli()));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
        jws.setKeyIdHeaderValue(keys.keyId());
        jws.setKey(keys.signingKey());
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new InfraException("could not sign an identity token", e);
        }
    }
}
