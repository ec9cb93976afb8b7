package io.oeml.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.oeml.infra.testing.RealInfraResource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

@QuarkusTest
@WithTestResource(RealInfraResource.class)
class ProcessedEventsPruningTest {

    private static final String TYPE = "io.oeml.test.pruned";

    @Inject
    ProcessedEvents processed;

    @Test
    void pruningForgetsOnlyIdsAppliedBeforeTheCutoff() throws Throwable {
        String old = UUID.randomUUID().toString();
        String recent = UUID.randomUUID().toString();
        Instant now = Instant.now();
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("INSERT INTO processed_event (event_id, event_type, processed_at) VALUES (:id, :type, :at)")
                .setParameter("id", old)
                .setParameter("type", TYPE)
                .setParameter("at", now.minus(Duration.ofDays(15)))
                .executeUpdate())
                .chain(() -> processed.firstDelivery(recent, TYPE))
                .chain(() -> processed.pruneProcessedBefore(now.minus(Duration.ofDays(14))))));

        assertThat(VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> processed.firstDelivery(old, TYPE))))
                .as("an id older than the retention is forgotten").isTrue();
        assertThat(VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> processed.firstDelivery(recent, TYPE))))
                .as("a recent id is kept").isFalse();
    }
}
