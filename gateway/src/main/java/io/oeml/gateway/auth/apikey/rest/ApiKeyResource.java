package io.oeml.gateway.auth.apikey.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.jboss.resteasy.reactive.ResponseStatus;

import io.oeml.errors.RequestIds;
import io.oeml.gateway.auth.apikey.service.ApiKeyService;
import io.oeml.gateway.auth.apikey.service.KeyCaller;
import io.oeml.gateway.auth.apikey.service.NewApiKey;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/** API keys: an admin creates them; every caller lists and revokes its own, an admin anyone's. */
@Path("/api/ai/ollama/auth/keys")
public class ApiKeyResource {

    static final String ADMIN = "admin";

    private final ApiKeyService keys;
    private final SecurityIdentity identity;
    private final HttpServerRequest request;

    public ApiKeyResource(ApiKeyService keys, SecurityIdentity identity, HttpServerRequest request) {
        this.keys = keys;
        this.identity = identity;
        this.request = request;
    }

    /** The answer holds the full key; it is shown only here and stored only as a hash. */
    @POST
    @RolesAllowed(ADMIN)
    @ResponseStatus(201)
    public Uni<CreatedApiKeyView> create(@Valid @NotNull CreateApiKeyRequest request) {
        return keys.create(caller(), new NewApiKey(request.owner(), request.roles(), request.name(), request.expiresAt()))
                .map(issued -> new CreatedApiKeyView(issued.key(), ApiKeyView.of(issued.stored())));
    }

    /** An admin: every key, or {@code owner}'s; anyone else: its own keys. */
    @GET
    @RolesAllowed({"user", ADMIN})
    public Uni<List<ApiKeyView>> list(@QueryParam("owner") String owner) {
        return keys.list(caller(), owner).map(list -> list.stream().map(ApiKeyView::of).toList());
    }

    /** Revokes the key at once (within the lookup cache's TTL on every replica); another owner's key is a 404. */
    @DELETE
    @Path("/{key_id}")
    @RolesAllowed({"user", ADMIN})
    public Uni<ApiKeyView> revoke(@PathParam("key_id") String keyId) {
        return keys.revoke(caller(), keyId).map(ApiKeyView::of);
    }

    private KeyCaller caller() {
        return new KeyCaller(identity.getPrincipal().getName(), identity.getRoles().stream().sorted().toList(),
                RequestIds.of(request));
    }
}
