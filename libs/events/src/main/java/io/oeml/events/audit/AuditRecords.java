package io.oeml.events.audit;

import io.smallrye.mutiny.Uni;

/**
 * Where a service's audit records go, for code that records without owning a database (libs/identity's denied-access
 * observer); libs/outbox's {@code AuditTrail} is the implementation: the outbox, then {@code audit.events}.
 */
public interface AuditRecords {

    /** Records {@code record} in a transaction of its own. */
    Uni<Void> record(AuditRecorded record);
}
