package io.oeml.gateway.auth.apikey.service;

import io.oeml.gateway.auth.apikey.ApiKey;

/** A key just created: the stored record and the full key, which exists nowhere else. */
public record IssuedApiKey(ApiKey stored, String key) {
}
