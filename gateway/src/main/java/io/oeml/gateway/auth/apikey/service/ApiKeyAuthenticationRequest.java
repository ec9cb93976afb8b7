package io.oeml.gateway.auth.apikey.service;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** An API key as the request presented it ({@code Authorization: Bearer oeml_...} or {@code X-API-Key}). */
public class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {

    private final String key;

    public ApiKeyAuthenticationRequest(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
