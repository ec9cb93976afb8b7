package io.oeml.agent.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.oeml.agent.publish.CapacityReporter;
import io.smallrye.mutiny.Uni;

@Path("/api/agent/capacity")
@Tag(name = "capacity")
public class CapacityResource {

    private final CapacityReporter reporter;

    public CapacityResource(CapacityReporter reporter) {
        this.reporter = reporter;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The latest capacity snapshot of this host, as published on hardware.capacity")
    public Uni<CapacityResponse> capacity() {
        return reporter.current().map(snapshot -> new CapacityResponse(true, snapshot, reporter.publication()));
    }
}
