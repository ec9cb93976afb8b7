package io.oeml.identity;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

import io.oeml.identity.claims.IdentityClaims;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who made the current request, as the gateway's identity token says: the owner id ({@code sub}) and the roles
 * ({@code groups}) the suite knows. Only for endpoints that require authentication (every {@code /api/*} route does),
 * where the identity has been verified before the endpoint runs.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The owner id: the key's owner or the OIDC subject, as the gateway put it in {@code sub}. */
    public String owner() {
        return identity.getPrincipal().getName();
    }

    /** The caller's roles among {@link IdentityClaims#ROLES}; {@code user} when the token names none of them. */
    public Set<String> roles() {
        return IdentityClaims.knownRoles(identity.getRoles());
    }

    public boolean isAdmin() {
        return identity.hasRole(IdentityClaims.ROLE_ADMIN);
    }
}
