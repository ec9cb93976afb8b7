package io.oeml.gateway.audit.rest;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import io.oeml.gateway.audit.repository.AuditEventRepository;
import io.oeml.outbox.db.DatabaseDeadline;
import io.oeml.rest.FreeText;
import io.oeml.rest.MaxLength;
import io.smallrye.mutiny.Uni;

/**
 * Who did what, newest first: the gateway's own records and every service's (admins only). Filters: the actor (an
 * owner id), the action ({@code <target>.<verb>}), records since an ISO-8601 instant; a bad one is a 400.
 */
@Path("/api/ai/ollama/audit")
public class AuditResource {

    static final int MAX_LIMIT = 1000;

    private final AuditEventRepository events;
    private final DatabaseDeadline deadline;

    public AuditResource(AuditEventRepository events, DatabaseDeadline deadline) {
        this.events = events;
        this.deadline = deadline;
    }

    @GET
    @RolesAllowed("admin")
    public Uni<List<AuditEventView>> search(@QueryParam("actor") @MaxLength(256) String actor,
            @QueryParam("action") @Pattern(regexp = "[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+",
                    message = "must be an action such as api_key.created") String action,
            @QueryParam("since") Instant since,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(MAX_LIMIT) Integer limit) {
        return deadline.within(events.search(FreeText.of(actor), action, since, limit))
                .map(list -> list.stream().map(AuditEventView::of).toList());
    }
}
