package io.oeml.events.audit;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Who did what: an audit record of a service, published through its outbox to {@code audit.events} (key = actor) in
 * the transaction of the change it records, and written as one JSON line of the {@code audit} logger. Schema:
 * {@code schemas/io.oeml.audit.recorded.json}.
 *
 * @param actor the owner id of the caller
 * @param roles the caller's roles
 * @param action what was done, {@code <target>.<verb>}: {@code host.discovery_requested}, {@code benchmark.requested}, ...
 * @param targetType what it was done to ({@code host}, {@code job}, ...)
 * @param targetId which one; absent when the action concerns all of them
 * @param requestId the request's {@code X-Request-Id}
 * @param service the service that recorded it
 * @param detail a short human-readable addition; absent when the rest says it all
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AuditRecorded(Instant occurredAt, String actor, List<String> roles, String action, String targetType,
        String targetId, Outcome outcome, String requestId, String service, String detail) {

    public enum Outcome {
        @JsonProperty("success") SUCCESS,
        @JsonProperty("denied") DENIED,
        @JsonProperty("failed") FAILED;

        /** The name on the wire and in the gateway's audit table. */
        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
