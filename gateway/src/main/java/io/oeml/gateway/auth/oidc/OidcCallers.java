package io.oeml.gateway.auth.oidc;

import jakarta.inject.Singleton;

import io.oeml.identity.claims.IdentityClaims;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Turns a caller authenticated by an OIDC access token into a caller of the suite: the principal is the owner id (the
 * claim {@code quarkus.oidc.token.principal-claim} names, {@code sub} by default), and the roles are {@link IdentityClaims#knownRoles}
 * those of the claim at {@code quarkus.oidc.roles.role-claim-path}. Callers of other mechanisms pass unchanged.
 */
@Singleton
public class OidcCallers implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || identity.getCredential(AccessTokenCredential.class) == null) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addRoles(IdentityClaims.knownRoles(identity.getRoles()))
                .build());
    }
}
