package io.oeml.gateway.auth.apikey.service;

import java.time.Instant;
import java.util.Set;

/** What a new key is for: its owner, roles, a name, and an optional expiry. */
public record NewApiKey(String owner, Set<String> roles, String name, Instant expiresAt) {
}
