package io.oeml.identity;

import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.ws.rs.core.HttpHeaders;

import io.oeml.errors.ErrorCodes;
import io.oeml.errors.RouterErrorHandlers;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.smallrye.jwt.runtime.auth.JWTAuthMechanism;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * smallrye-jwt's bearer token mechanism with its challenge in the error envelope: a request the {@code /api/*}
 * permission refuses before any endpoint runs (no token, or one that is invalid, expired, from an unknown key or
 * another issuer) gets a 401 {@code UNAUTHENTICATED} with {@code WWW-Authenticate: Bearer} and the envelope instead
 * of an empty body. Verification itself is smallrye-jwt's, unchanged (the way Quarkus documents customising a
 * mechanism: an alternative that delegates to it).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class IdentityTokenMechanism implements HttpAuthenticationMechanism {

    private final JWTAuthMechanism delegate;

    public IdentityTokenMechanism(JWTAuthMechanism delegate) {
        this.delegate = delegate;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        return delegate.authenticate(context, identityProviderManager);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return delegate.getChallenge(context);
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        context.response().putHeader(HttpHeaders.WWW_AUTHENTICATE, AuthFailureMappers.CHALLENGE);
        return Uni.createFrom().completionStage(RouterErrorHandlers.write(context, 401, ErrorCodes.UNAUTHENTICATED,
                AuthFailureMappers.UNAUTHENTICATED_MESSAGE).toCompletionStage()).replaceWith(true);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return delegate.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return delegate.getCredentialTransport(context);
    }

    @Override
    public int getPriority() {
        return delegate.getPriority();
    }
}
