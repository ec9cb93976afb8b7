package io.oeml.events.audit;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;
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

    /** A caller was refused an operation its roles do not allow (a 403); the target is the route. */
    public static final String ACCESS_DENIED = "access.denied";
    public static final String ROUTE = "route";

    /** {@link #ACCESS_DENIED}: {@code actor} with {@code roles} called {@code method path} and got a 403. */
    public static AuditRecorded accessDenied(String actor, List<String> roles, String method, String path,
            String requestId, String service) {
        return new AuditRecorded(Instant.now(), actor, roles, ACCESS_DENIED, ROUTE, method + " " + path, Outcome.DENIED,
                requestId, service, null);
    }

    public enum Outcome {
        SUCCESS, DENIED, FAILED;

        /** The name on the wire (Jackson writes and reads it) and in the gateway's audit table. */
        @JsonValue
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
