package io.oeml.gateway.auth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A REST resource of the gateway that only admins may call, like the API-key administration. */
@Path(AdminOnlyResource.PATH)
public class AdminOnlyResource {

    static final String PATH = "/api/ai/ollama/test-only/admin";

    @GET
    @RolesAllowed("admin")
    public String get() {
        return "ok";
    }
}
