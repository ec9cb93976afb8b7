package io.oeml.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** One pruning run of a table that would otherwise grow forever, for the hourly jobs that keep it to a retention. */
public final class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);

    private Retention() {
    }

    /**
     * Deletes, in one transaction, what {@code deleteBefore} finds older than {@code retention}; a failure is logged,
     * and the next run tries again.
     */
    public static Uni<Void> prune(String what, Duration retention, Function<Instant, Uni<Integer>> deleteBefore) {
        return Panache.withTransaction(() -> deleteBefore.apply(Instant.now().minus(retention)))
                .invoke(deleted -> LOG.debugf("deleted %d %s older than %s", deleted, what, retention))
                .replaceWithVoid()
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("pruning %s failed, retrying next run: %s", what, failure.toString());
                    return null;
                });
    }
}
