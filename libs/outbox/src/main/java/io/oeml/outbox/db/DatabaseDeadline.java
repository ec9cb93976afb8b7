package io.oeml.outbox.db;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

/**
 * Bounds how long a caller waits for Postgres ({@link DatabaseTimeouts#queryTimeout()}), failing with Mutiny's
 * {@code TimeoutException} (a 503). The work itself is not cancelled: a query sent to a server that hangs stays on
 * its connection, and when the server answers again it completes and hands the connection back to the pool, where a
 * cancelled Hibernate Reactive session would have left it in use for good.
 */
@ApplicationScoped
public class DatabaseDeadline {

    private final DatabaseTimeouts timeouts;

    public DatabaseDeadline(DatabaseTimeouts timeouts) {
        this.timeouts = timeouts;
    }

    public <T> Uni<T> within(Uni<T> work) {
        return Uni.createFrom().<T>emitter(caller -> work.subscribe().with(caller::complete, caller::fail))
                .ifNoItem().after(timeouts.queryTimeout()).fail();
    }
}
