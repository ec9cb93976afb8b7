package io.oeml.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import io.oeml.errors.DependencyFailures;
import io.oeml.events.CloudEventMessages;
import io.oeml.events.EventSchemas;
import io.oeml.events.InvalidEventException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Applies one Kafka CloudEvent exactly once per event id, for an {@code @Incoming} method returning its {@link #consume}:
 * <ol>
 * <li>reads the CloudEvents metadata and checks the data against its type's JSON Schema ({@link EventSchemas});</li>
 * <li>in one transaction records the id in {@link ProcessedEvents} and, if it is new, applies the {@link Effect};</li>
 * <li>acknowledges the record only after the commit.</li>
 * </ol>
 * A failure that is a dependency outage ({@link DependencyFailures}) is retried with capped back-off for as long as it
 * lasts, so the consumer holds its position and heals by itself. An {@link InvalidEventException} (not a CloudEvent,
 * schema-invalid data, a type the effect rejects) is never retried. Any other failure is retried at most
 * {@link Retry#maxRetries} times. Records that are not applied are nacked with the cause: the channel must be configured
 * with {@code failure-strategy=dead-letter-queue}, which writes them to its dead-letter topic with the original headers,
 * SmallRye's {@code dead-letter-reason}, {@code -exception-class-name}, {@code -topic}, {@code -partition},
 * {@code -offset} headers and {@value #ATTEMPTS_HEADER}, and consumption moves on to the next record.
 */
@ApplicationScoped
public class IdempotentConsumer {

    /** How many times the effect was tried before the record was dead-lettered (0: rejected before any attempt). */
    public static final String ATTEMPTS_HEADER = "dead-letter-attempts";

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    /** The effect of one event, run inside the transaction that records its id. */
    @FunctionalInterface
    public interface Effect {

        /** @throws InvalidEventException (also as the Uni's failure) when the event can never be applied */
        Uni<Void> apply(String eventId, String type, String data);
    }

    /** Back-off between attempts, and how many times a failure that is not an outage is retried. */
    public record Retry(Duration initialBackoff, Duration maxBackoff, int maxRetries) {

        public Retry {
            if (maxRetries < 1) {
                throw new IllegalArgumentException("maxRetries must be at least 1, was " + maxRetries);
            }
        }
    }

    private final ProcessedEvents processed;

    public IdempotentConsumer(ProcessedEvents processed) {
        this.processed = processed;
    }

    public Uni<Void> consume(Message<String> message, Retry retry, Effect effect) {
        IncomingCloudEventMetadata<?> event;
        try {
            event = CloudEventMessages.cloudEvent(message);
        } catch (InvalidEventException e) {
            return deadLetter(message, "a record", e, 0);
        }
        try {
            EventSchemas.check(event.getType(), message.getPayload());
        } catch (InvalidEventException e) {
            return deadLetter(message, "event " + event.getId(), e, 0);
        }
        AtomicInteger attempts = new AtomicInteger();
        return Uni.createFrom().deferred(() -> {
                    attempts.incrementAndGet();
                    return applyOnce(event, message.getPayload(), effect);
                })
                .onFailure(DependencyFailures::isDependencyDown)
                .invoke(failure -> LOG.warnf("event %s not applied yet (a dependency is down), retrying: %s", event.getId(), failure))
                .onFailure(DependencyFailures::isDependencyDown)
                .retry().withBackOff(retry.initialBackoff(), retry.maxBackoff()).indefinitely()
                .onFailure(IdempotentConsumer::retryable)
                .invoke(failure -> LOG.warnf("event %s failed (attempt %d of %d): %s", event.getId(), attempts.get(),
                        retry.maxRetries() + 1, failure))
                .onFailure(IdempotentConsumer::retryable)
                .retry().withBackOff(retry.initialBackoff(), retry.maxBackoff()).atMost(retry.maxRetries())
                .onItemOrFailure().transformToUni((done, failure) -> failure == null
                        ? Uni.createFrom().completionStage(message.ack())
                        : deadLetter(message, "event " + event.getId(), failure, attempts.get()));
    }

    private Uni<Void> applyOnce(IncomingCloudEventMetadata<?> event, String data, Effect effect) {
        return Panache.withTransaction(() -> processed.firstDelivery(event.getId(), event.getType()).chain(first -> {
            if (!first) {
                LOG.debugf("event %s already applied; skipped", event.getId());
                return Uni.createFrom().voidItem();
            }
            return Uni.createFrom().deferred(() -> effect.apply(event.getId(), event.getType(), data));
        }));
    }

    /** Anything but an outage (retried without limit before this) and an event that can never be applied. */
    private static boolean retryable(Throwable failure) {
        return !(failure instanceof InvalidEventException);
    }

    private static Uni<Void> deadLetter(Message<String> message, String what, Throwable failure, int attempts) {
        LOG.errorf("%s goes to the dead-letter topic after %d attempt(s): %s", what, attempts, failure.toString());
        OutgoingKafkaRecordMetadata<?> headers = OutgoingKafkaRecordMetadata.builder()
                .addHeaders(new RecordHeader(ATTEMPTS_HEADER, String.valueOf(attempts).getBytes(StandardCharsets.UTF_8)))
                .build();
        return Uni.createFrom().completionStage(message.nack(failure, Metadata.of(headers)));
    }
}
