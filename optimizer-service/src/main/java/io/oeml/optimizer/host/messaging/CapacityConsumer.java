package io.oeml.optimizer.host.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.oeml.optimizer.host.service.CapacityEventHandler;
import io.oeml.outbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;

/**
 * Consumes {@code hardware.capacity} through the {@link IdempotentConsumer}, as library-service's fleet does: a record
 * is acknowledged only after its effect is in Postgres (held and retried while Postgres is down); a record that can
 * never be applied, or still fails after the bounded retries, goes to {@code optimizer.capacity.dlq}.
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
