package io.oeml.gateway.auth.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who the presented credential belongs to. The dashboard checks a key or token with it once, and leaves out what
 * the caller's roles would be refused.
 */
@Path("/api/ai/ollama/auth/me")
public class CallerResource {

    private final SecurityIdentity identity;

    public CallerResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @RolesAllowed({"user", "admin"})
    public CallerView me() {
        return new CallerView(identity.getPrincipal().getName(), identity.getRoles().stream().sorted().toList());
    }

    public record CallerView(String owner, List<String> roles) {
    }
}
