package io.oeml.events.audit;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Who did what: one audit record of a service, published through its outbox to {@code audit.events} (key = actor) in
 * the transaction of the change, and stored by the gateway for admins to query. Schema:
 * {@code schemas/io.oeml.audit.recorded.json}.
 *
 * @param actor the caller's owner id ({@code anonymous} when none authenticated)
 * @param action what was done, e.g. {@code api_key.created}, {@code auth.failed}, {@code host.discovery_requested}
 * @param outcome {@code success}, {@code denied} or {@code failed}
 * @param service the service that recorded it
 * @param detail free text for the admin reading it; never a credential
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AuditRecorded(Instant occurredAt, String actor, List<String> roles, String action, String targetType,
        String targetId, String outcome, String requestId, String service, String detail) {
}
