package io.oeml.gateway.auth.apikey.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.gateway.audit.service.FailedLogins;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/** Turns a valid API key into the caller: principal = the key's owner, roles = its roles, attribute key_id. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

    /** The SecurityIdentity attribute naming the key the caller used. */
    public static final String KEY_ID = "key_id";

    private final ApiKeyAuthenticator authenticator;
    private final FailedLogins failedLogins;

    public ApiKeyIdentityProvider(ApiKeyAuthenticator authenticator, FailedLogins failedLogins) {
        this.authenticator = authenticator;
        this.failedLogins = failedLogins;
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        return authenticator.authenticate(request.key()).map(holder -> holder
                .<SecurityIdentity>map(h -> QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(h.owner()))
                        .addRoles(h.roles())
                        .addAttribute(KEY_ID, h.keyId())
                        .build())
                .orElseThrow(() -> {
                    RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
                    failedLogins.note(routing == null ? "unknown" : routing.request().remoteAddress().hostAddress());
                    return new AuthenticationFailedException("invalid API key");
                }));
    }
}
