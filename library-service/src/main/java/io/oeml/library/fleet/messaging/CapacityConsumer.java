package io.oeml.library.fleet.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.oeml.library.fleet.service.CapacityEventHandler;
import io.oeml.outbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;

/**
 * Consumes {@code hardware.capacity} through the {@link IdempotentConsumer}. A record is acknowledged (and its offset
 * committed) only after its effect is in Postgres; while Postgres is down the consumer retries with back-off and holds
 * its position, so nothing is lost, however long the outage (each attempt is bounded by the database timeouts; Kafka
 * polling goes on meanwhile, paused, so the consumer keeps its group membership). A record that can never be applied,
 * or still fails after {@code outbox.consumer-retry.max-retries} retries, goes to {@code library.capacity.dlq}.
 */
@ApplicationScoped
public class CapacityConsumer {

    private final IdempotentConsumer consumer;
    private final CapacityEventHandler handler;

    public CapacityConsumer(IdempotentConsumer consumer, CapacityEventHandler handler) {
        this.consumer = consumer;
        this.handler = handler;
    }

    @Incoming("capacity-in")
    public Uni<Void> consume(Message<String> message) {
        return consumer.consume(message, handler::apply);
    }
}
