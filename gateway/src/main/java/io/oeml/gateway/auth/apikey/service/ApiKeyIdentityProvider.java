package io.oeml.gateway.auth.apikey.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Turns a valid API key into the caller: principal = the key's owner, roles = its roles, attribute key_id. A refused
 * key is counted as a failed login by the gateway's security event observer (audit/service/FailedLogins).
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

    /** The SecurityIdentity attribute naming the key the caller used. */
    public static final String KEY_ID = "key_id";

    private final ApiKeyAuthenticator authenticator;
    public ApiKeyIdentityProvider(ApiKeyAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        return authenticator.authenticate(request.key()).map(holder -> holder
                .map(ApiKeyIdentityProvider::identityOf)
                .orElseThrow(() -> new AuthenticationFailedException("invalid API key")));
    }

    /** The caller a valid key stands for. */
    static SecurityIdentity identityOf(ApiKeyAuthenticator.KeyHolder holder) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(holder.owner()))
                .addRoles(holder.roles())
                .addAttribute(KEY_ID, holder.keyId())
                .build();
    }
}
