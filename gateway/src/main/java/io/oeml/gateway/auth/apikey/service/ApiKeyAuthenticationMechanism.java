package io.oeml.gateway.auth.apikey.service;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.oeml.gateway.auth.apikey.ApiKeyFormat;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Reads an API key from {@code Authorization: Bearer oeml_...} or {@code X-API-Key: oeml_...}. Any other bearer
 * token is not ours (an OIDC JWT): the mechanism then gives no identity and no failure, and the next one decides.
 */
@ApplicationScoped
public class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String API_KEY_HEADER = "X-API-Key";
    private static final String BEARER = "Bearer ";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String key = presentedKey(context.request());
        if (key == null) {
            return Uni.createFrom().nullItem();
        }
        return identityProviderManager.authenticate(
                HttpSecurityUtils.setRoutingContextAttribute(new ApiKeyAuthenticationRequest(key), context));
    }

    static String presentedKey(HttpServerRequest request) {
        String header = request.getHeader(API_KEY_HEADER);
        if (header != null && header.startsWith(ApiKeyFormat.PREFIX)) {
            return header;
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String credential = authorization.substring(BEARER.length()).trim();
            return credential.startsWith(ApiKeyFormat.PREFIX) ? credential : null;
        }
        return null;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, HttpHeaderNames.WWW_AUTHENTICATE, "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyAuthenticationRequest.class);
    }

    /**
     * Before quarkus-oidc's mechanism, which would take {@code Bearer oeml_...} for a JWT and refuse it; after
     * {@link io.oeml.gateway.auth.EnvelopeChallenge}, which authenticates nobody.
     */
    @Override
    public int getPriority() {
        return Integer.MAX_VALUE - 1;
    }
}
