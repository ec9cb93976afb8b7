package io.oeml.gateway.identity;

// moves to libs/identity IdentityClaims at merge
/** Names and values of the identity token's claims, as the services verify them. */
public final class IdentityTokenClaims {

    public static final String DEFAULT_ISSUER = "oeml-gateway";
    public static final String DEFAULT_AUDIENCE = "oeml-services";
    /** How the caller authenticated at the gateway: {@link #AUTH_API_KEY} or {@link #AUTH_OIDC}. */
    public static final String AUTH = "auth";
    public static final String AUTH_API_KEY = "api_key";
    public static final String AUTH_OIDC = "oidc";
    /** The public id of the API key the caller used; absent for OIDC callers. */
    public static final String KEY_ID = "key_id";

    private IdentityTokenClaims() {
    }
}
