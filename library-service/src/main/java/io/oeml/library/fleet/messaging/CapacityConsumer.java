package io.oeml.library.fleet.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.oeml.events.CloudEventMessages;
import io.oeml.events.NotACloudEventException;
import io.oeml.library.fleet.FleetConfig;
import io.oeml.library.fleet.service.CapacityEventHandler;
import io.oeml.library.fleet.service.InvalidCapacityEventException;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;

/**
 * Consumes {@code hardware.capacity}. A record is acknowledged (and its offset committed) only after its effect is
 * in Postgres; while Postgres is down the consumer retries with back-off and holds its position, so nothing is lost,
 * however long the outage (each attempt is bounded by the database timeouts; Kafka polling goes on meanwhile, paused,
 * so the consumer keeps its group membership). Records that can never be applied are logged and skipped.
 */
@ApplicationScoped
public class CapacityConsumer {

    private static final Logger LOG = Logger.getLogger(CapacityConsumer.class);

    private final CapacityEventHandler handler;
    private final FleetConfig.ApplyRetry retry;

    public CapacityConsumer(CapacityEventHandler handler, FleetConfig config) {
        this.handler = handler;
        this.retry = config.applyRetry();
    }

    @Incoming("capacity-in")
    public Uni<Void> consume(Message<String> message) {
        IncomingCloudEventMetadata<?> event;
        try {
            event = CloudEventMessages.cloudEvent(message);
        } catch (NotACloudEventException e) {
            LOG.warnf("skipped a capacity record: %s", e.getMessage());
            return Uni.createFrom().completionStage(message.ack());
        }
        return handler.apply(event.getId(), event.getType(), message.getPayload())
                .onFailure(CapacityConsumer::retryable)
                .invoke(failure -> LOG.warnf("capacity event %s not applied yet, retrying: %s", event.getId(), failure))
                .onFailure(CapacityConsumer::retryable)
                .retry().withBackOff(retry.initialBackoff(), retry.maxBackoff()).indefinitely()
                .onFailure(InvalidCapacityEventException.class)
                .recoverWithItem(failure -> {
                    LOG.warnf("skipped capacity event %s: %s", event.getId(), failure.getMessage());
                    return null;
                })
                .chain(() -> Uni.createFrom().completionStage(message.ack()));
    }

    /** Anything but an event that can never be applied: Postgres down, a timeout, a conflict. */
    private static boolean retryable(Throwable failure) {
        return !(failure instanceof InvalidCapacityEventException);
    }
}
