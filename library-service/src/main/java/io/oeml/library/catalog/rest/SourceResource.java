package io.oeml.library.catalog.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.oeml.library.catalog.model.RegisteredSource;
import io.oeml.library.catalog.service.SourceRegistry;

@Path("/api/ai/ollama/models/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Model library")
public class SourceResource {

    private final SourceRegistry registry;

    public SourceResource(SourceRegistry registry) {
        this.registry = registry;
    }

    @GET
    @Operation(summary = "The documents the catalog's facts cite: each source key with its title, link and what was read")
    public SourceList sources() {
        return new SourceList(registry.sources());
    }

    public record SourceList(List<RegisteredSource> sources) {
    }
}
