package io.oeml.gateway.auth.apikey.rest;

import java.time.Instant;
import java.util.Set;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of POST /auth/keys. */
public record CreateApiKeyRequest(
        @NotBlank @Size(max = 200) String owner,
        @NotEmpty Set<@Pattern(regexp = "user|admin", message = "must be user or admin") String> roles,
        @NotBlank @Size(max = 200) String name,
        @Future Instant expiresAt) {
}
