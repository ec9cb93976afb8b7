package io.oeml.library.discovery.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.oeml.identity.claims.IdentityClaims;
import io.oeml.library.audit.service.Audits;
import io.oeml.library.discovery.model.HostDiscovery;
import io.oeml.library.discovery.service.DiscoveryScheduler;
import io.oeml.library.discovery.service.ModelDiscovery;
import io.oeml.outbox.AuditTrail;
import io.oeml.rest.FreeText;
import io.smallrye.mutiny.Uni;

@Path("/api/ai/ollama/models/discovery")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Model library")
public class DiscoveryResource {

    private final DiscoveryScheduler scheduler;
    private final ModelDiscovery discovery;
    private final AuditTrail audit;
    private final Audits audits;

    public DiscoveryResource(DiscoveryScheduler scheduler, ModelDiscovery discovery, AuditTrail audit, Audits audits) {
        this.scheduler = scheduler;
        this.discovery = discovery;
        this.audit = audit;
        this.audits = audits;
    }

    @POST
    @RolesAllowed(IdentityClaims.ROLE_ADMIN)
    @Operation(summary = "Start scanning one host (host=...) or every host for installed models; returns at once (admin)")
    public Uni<Response> start(@QueryParam("host") String host) {
        String hostId = FreeText.of(host);
        return audit.record(audits.succeeded(Audits.DISCOVERY_REQUESTED, Audits.HOST, hostId, null))
                .chain(() -> scheduler.requestScan(hostId)).map(started -> Response.accepted(
                new DiscoveryStarted(true, started, started ? "scan started" : "a scan is already running")).build());
    }

    @GET
    @Operation(summary = "Latest discovery result per host: models matched to the catalog and models added")
    public Uni<DiscoveryStatus> status() {
        return discovery.lastResults().map(hosts -> new DiscoveryStatus(true, hosts));
    }

    public record DiscoveryStarted(boolean success, boolean started, String message) {
    }

    public record DiscoveryStatus(boolean success, List<HostDiscovery> hosts) {
    }
}
