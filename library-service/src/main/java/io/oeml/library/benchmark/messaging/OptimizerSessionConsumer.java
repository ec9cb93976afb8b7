package io.oeml.library.benchmark.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.oeml.events.EventTypes;
import io.oeml.library.benchmark.service.SessionFinishedHandler;
import io.oeml.outbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;

/**
 * Consumes the {@code session.finished} events of {@code optimizer.session-events} through the
 * {@link IdempotentConsumer}, as {@link BenchmarkConsumer} does benchmark reports; the topic's other types (session
 * started, trial completed, best improved) are acknowledged unread. What can never be applied goes to
 * {@code library.optimizer-events.dlq}.
 */
@ApplicationScoped
public class OptimizerSessionConsumer {

    private final IdempotentConsumer consumer;
    private final SessionFinishedHandler handler;

    public OptimizerSessionConsumer(IdempotentConsumer consumer, SessionFinishedHandler handler) {
        this.consumer = consumer;
        this.handler = handler;
    }

    @Incoming("optimizer-sessions-in")
    public Uni<Void> consume(Message<String> message) {
        return consumer.consume(message, EventTypes.OPTIMIZATION_SESSION_FINISHED, handler::apply);
    }
}
