package io.oeml.gateway.auth;

import java.util.Set;

import jakarta.inject.Singleton;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Writes the 401 of every mechanism in the envelope. It authenticates nobody; as the mechanism of the highest priority
 * it is the first asked for the challenge, both when a protected path is called without a credential and when a
 * credential was refused, and it answers that challenge itself, so Quarkus' body-less 401 is never sent.
 */
@Singleton
public class EnvelopeChallenge implements HttpAuthenticationMechanism {

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", AuthFailures.CHALLENGE));
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        // A credential was sent but no mechanism took it, or one refused it.
        boolean refused = HttpSecurityUtils.getAuthenticationFailureFromEvent(context) != null
                || context.request().headers().contains(HttpHeaders.AUTHORIZATION)
                || context.request().headers().contains(AuthFailures.API_KEY_HEADER);
        return Uni.createFrom().completionStage(AuthFailures.unauthenticated(context,
                refused ? AuthFailures.REFUSED : AuthFailures.MISSING).toCompletionStage()).replaceWith(true);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }

    @Override
    public int getPriority() {
        return Integer.MAX_VALUE;
    }
}
