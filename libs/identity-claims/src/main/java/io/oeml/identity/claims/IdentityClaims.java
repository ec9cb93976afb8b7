package io.oeml.identity.claims;

import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;

/**
 * The identity token the gateway signs for every proxied request and every service verifies: an ES256 JWT with a
 * {@code kid} header. Claim names, values and defaults are defined here once, for the gateway (which signs) and the
 * services (which verify it with libs/identity). Plain Java, so the gateway, the services and the test kit share it
 * without taking in either side's beans or settings.
 */
public final class IdentityClaims {

    /** {@code iss}: the gateway ({@code gateway.identity.issuer}); services accept no other issuer. */
    public static final String DEFAULT_ISSUER = "oeml-gateway";
    /** {@code aud}: every service of the suite. */
    public static final String AUDIENCE = "oeml-services";
    /** {@code sub}: the owner id, the caller's principal name. */
    public static final String SUBJECT = "sub";
    /** {@code groups}: the caller's roles, {@link #ROLE_USER} and/or {@link #ROLE_ADMIN}. */
    public static final String GROUPS = "groups";
    /** {@code auth}: how the caller authenticated at the gateway, {@link #AUTH_API_KEY} or {@link #AUTH_OIDC}. */
    public static final String AUTH = "auth";
    /** {@code key_id}: the public id of the API key the caller used (API key callers only). */
    public static final String KEY_ID = "key_id";

    public static final String AUTH_API_KEY = "api_key";
    public static final String AUTH_OIDC = "oidc";

    public static final String ROLE_USER = "user";
    public static final String ROLE_ADMIN = "admin";
    /** The only roles the suite knows; any other role a token carries is ignored. */
    public static final Set<String> ROLES = Set.of(ROLE_USER, ROLE_ADMIN);

    /** {@code exp - iat} of a token the gateway signs ({@code gateway.identity.lifetime} overrides it). */
    public static final Duration DEFAULT_LIFETIME = Duration.ofSeconds(120);

    private IdentityClaims() {
    }

    /** The known roles among {@code granted}, sorted, or {@code user} alone when there is none. */
    public static Set<String> knownRoles(Set<String> granted) {
        Set<String> roles = new TreeSet<>(granted);
        roles.retainAll(ROLES);
        if (roles.isEmpty()) {
            roles.add(ROLE_USER);
        }
        return roles;
    }
}
