package io.oeml.gateway.auth.apikey.service;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Makes the caller of an {@code /api/} request whose API key the authenticator holds in its cache and finds valid (so
 * nearly every request of a client that keeps its key) without Quarkus' authentication chain: the mechanisms, the
 * identity provider manager and the context-propagating wrappers around each of their steps, about a tenth of the
 * gateway's CPU per proxied request (deploy/bench/README.md, "Where the gateway's CPU goes").
 * <p>
 * Every other request (no credential, an OIDC token, a key not in the cache, a wrong, revoked or expired key) is left
 * to Quarkus' authentication, which is lazy in the gateway ({@code quarkus.http.auth.proactive=false}): the
 * {@code /api/*} policy asks for the caller, and Quarkus authenticates, refuses, challenges and audits as before. That
 * policy also still requires the caller this handler sets: it sets it, it decides nothing else.
 * <p>
 * Runs after Quarkus' authentication handler (order -200, which only prepares the lazy identity that this replaces)
 * and after the per-address limit of failed authentications (also -200), before Quarkus' authorization (-100).
 */
@Singleton
public class CachedKeyAuthentication {

    static final int ORDER = -150;

    private final ApiKeyAuthenticator authenticator;

    public CachedKeyAuthentication(ApiKeyAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(ORDER).handler(this::authenticate);
    }

    private void authenticate(RoutingContext ctx) {
        String key = ApiKeyAuthenticationMechanism.presentedKey(ctx.request());
        if (key != null) {
            authenticator.cached(key).ifPresent(
                    holder -> QuarkusHttpUser.setIdentity(ApiKeyIdentityProvider.identityOf(holder), ctx));
        }
        ctx.next();
    }
}
