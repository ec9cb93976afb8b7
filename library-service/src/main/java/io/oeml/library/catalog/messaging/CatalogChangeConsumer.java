package io.oeml.library.catalog.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.oeml.events.EventTypes;
import io.oeml.library.catalog.service.CatalogService;
import io.oeml.outbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;

/**
 * Keeps this replica's in-memory catalog in step with the others: on every {@code catalog.changed} event on
 * {@code library.model-events} (the writer's own included) it reloads the catalog from Postgres, where the change
 * committed before the event was published. Each replica reads the topic in a consumer group of its own, from the end
 * ({@link CatalogChangesRebalanceListener} reloads once its position is fixed, so nothing between is missed); other
 * event types on the topic are acknowledged and ignored.
 */
@ApplicationScoped
public class CatalogChangeConsumer {

    private final IdempotentConsumer consumer;
    private final CatalogService catalog;

    public CatalogChangeConsumer(IdempotentConsumer consumer, CatalogService catalog) {
        this.consumer = consumer;
        this.catalog = catalog;
    }

    @Incoming("catalog-changes")
    public Uni<Void> consume(Message<String> message) {
        return consumer.consumeOnEveryReplica(message, EventTypes.CATALOG_CHANGED, (id, type, data) -> catalog.reload());
    }
}
