package io.oeml.library.finetune.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.oeml.events.EventTypes;
import io.oeml.library.finetune.service.ModelDeployedHandler;
import io.oeml.outbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;

/**
 * Consumes the {@code model.deployed} events of {@code finetune.job-events} through the {@link IdempotentConsumer}, as
 * {@code OptimizerSessionConsumer} does finished sessions; the topic's job transitions are acknowledged unread. What
 * can never be applied goes to {@code library.finetune-events.dlq}.
 */
@ApplicationScoped
public class FinetuneEventsConsumer {

    private final IdempotentConsumer consumer;
    private final ModelDeployedHandler handler;

    public FinetuneEventsConsumer(IdempotentConsumer consumer, ModelDeployedHandler handler) {
        this.consumer = consumer;
        this.handler = handler;
    }

    @Incoming("finetune-events-in")
    public Uni<Void> consume(Message<String> message) {
        return consumer.consume(message, EventTypes.FINETUNE_MODEL_DEPLOYED, handler::apply);
    }
}
