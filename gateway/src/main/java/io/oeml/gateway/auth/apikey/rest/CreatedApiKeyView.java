package io.oeml.gateway.auth.apikey.rest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A key just created: the full key, shown this once, and the stored key's view. */
public record CreatedApiKeyView(String apiKey, @JsonUnwrapped ApiKeyView stored) {
}
