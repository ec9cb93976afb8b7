package io.oeml.outbox.db;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
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

    /** Reads in their own database session, the deadline outside it (so the session is never cancelled). */
    public <T> Uni<T> inSession(Supplier<Uni<T>> work) {
        return within(Panache.withSession(work::get));
    }

    /**
     * Changes in one transaction, the deadline outside it. A caller that got the 503 does not know whether the
     * transaction committed once the server answered again: a retry must be safe to refuse (409) or to repeat.
     */
    public <T> Uni<T> inTransaction(Supplier<Uni<T>> work) {
        return within(Panache.withTransaction(work::get));
    }
}
