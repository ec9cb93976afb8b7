package io.oeml.gateway.identity;

import jakarta.inject.Singleton;

import io.oeml.gateway.auth.AuthFailures;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * The last handler before the proxy: drops every credential and identity header the client sent, which no service
 * may see or trust, and sends the caller as the gateway's signed identity token instead
 * ({@code Authorization: Bearer <token>}).
 */
@Singleton
public class IdentityForwarding implements Handler<RoutingContext> {

    static final String IDENTITY_HEADER = "X-Oeml-Identity";

    private final IdentityTokens tokens;

    public IdentityForwarding(IdentityTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public void handle(RoutingContext ctx) {
        MultiMap headers = ctx.request().headers();
        headers.remove(HttpHeaders.AUTHORIZATION);
        headers.remove(AuthFailures.API_KEY_HEADER);
        headers.remove(IDENTITY_HEADER);
        SecurityIdentity identity = ctx.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        // Every proxied path requires authentication (quarkus.http.auth.permission); this guards a path left out.
        if (identity == null || identity.isAnonymous()) {
            AuthFailures.unauthenticated(ctx, AuthFailures.MISSING);
            return;
        }
        headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.tokenFor(identity));
        ctx.next();
    }
}
