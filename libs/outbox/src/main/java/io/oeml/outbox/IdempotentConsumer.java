package io.oeml.outbox;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

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
 * {@code outbox.consumer-retry.max-retries} times. Records that are not applied are nacked with the cause: the channel must be configured
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

    private final ProcessedEvents processed;
    private final OutboxConfig.ConsumerRetry retry;

    public IdempotentConsumer(ProcessedEvents processed, OutboxConfig config) {
        this.processed = processed;
        this.retry = config.consumerRetry();
        if (retry.maxRetries() < 1) {
            throw new IllegalArgumentException("outbox.consumer-retry.max-retries must be at least 1, was " + retry.maxRetries());
        }
    }

    /** For a consumer group the service's replicas share: each event is applied once, by one of them. */
    public Uni<Void> consume(Message<String> message, Effect effect) {
        return handle(message, type -> true, event -> applyOnce(event, message.getPayload(), effect));
    }

    /**
     * As {@link #consume(Message, Effect)} for a topic that carries other types too: only events of {@code type} are
     * checked and applied; the others are acknowledged unread (no schema check, no ledger row, no dead letter).
     */
    public Uni<Void> consume(Message<String> message, String type, Effect effect) {
        return handle(message, type::equals, event -> applyOnce(event, message.getPayload(), effect));
    }

    /**
     * For a notification that every replica acts on, each in a consumer group of its own ({@code group.id=${quarkus.uuid}}).
     * The replicas share one ledger, so it is not consulted: a replica recording the id would make the others skip it.
     * The effect must therefore be idempotent in itself (a reload from Postgres is) and opens its own transaction if it
     * needs one. Only events of {@code type} are acted on; the topic's other types are acknowledged unread (they are
     * other consumers' business). Schema check, retries and dead letters are those of {@link #consume}.
     */
    public Uni<Void> consumeOnEveryReplica(Message<String> message, String type, Effect effect) {
        return handle(message, type::equals, event -> Uni.createFrom().deferred(
                () -> effect.apply(event.getId(), event.getType(), message.getPayload())));
    }

    private Uni<Void> handle(Message<String> message, Predicate<String> handles,
            Function<IncomingCloudEventMetadata<?>, Uni<Void>> attempt) {
        IncomingCloudEventMetadata<?> event;
        try {
            event = CloudEventMessages.cloudEvent(message);
        } catch (InvalidEventException e) {
            return deadLetter(message, "a record", e, 0);
        }
        if (!handles.test(event.getType())) {
            return Uni.createFrom().completionStage(message.ack());
        }
        try {
            EventSchemas.check(event.getType(), message.getPayload());
        } catch (InvalidEventException e) {
            return deadLetter(message, "event " + event.getId(), e, 0);
        }
        AtomicInteger attempts = new AtomicInteger();
        return Uni.createFrom().deferred(() -> {
                    attempts.incrementAndGet();
                    return attempt.apply(event);
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
