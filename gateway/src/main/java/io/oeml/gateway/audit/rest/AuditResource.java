package io.oeml.gateway.audit.rest;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import io.oeml.gateway.audit.repository.AuditEventRepository;
import io.oeml.outbox.db.DatabaseDeadline;
import io.smallrye.mutiny.Uni;

/** Who did what, newest first: the gateway's own records and every service's (admins only). */
@Path("/api/ai/ollama/audit")
public class AuditResource {

    private final AuditEventRepository events;
    private final DatabaseDeadline deadline;

    public AuditResource(AuditEventRepository events, DatabaseDeadline deadline) {
        this.events = events;
        this.deadline = deadline;
    }

    @GET
    @RolesAllowed("admin")
    public Uni<List<AuditEventView>> search(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("since") Instant since,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return deadline.within(events.search(actor, action, since, limit))
                .map(list -> list.stream().map(AuditEventView::of).toList());
    }
}
