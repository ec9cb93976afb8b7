package io.oeml.optimizer.session.messaging;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.oeml.events.CloudEventMessages;
import io.oeml.events.EventTypes;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;

/**
 * The session events as they reach Kafka, for the Server-Sent Events stream: every replica reads
 * {@code optimizer.session-events} in a group of its own from the end, so a client connected to any replica sees the
 * events of every replica's sessions. Nothing is kept: a stream shows what happens after it is opened.
 */
@ApplicationScoped
public class SessionEventStream {

    /** One event: its CloudEvents type and its JSON data. */
    public record SessionEvent(String sessionId, String type, String data) {

        public boolean finishes() {
            return EventTypes.OPTIMIZATION_SESSION_FINISHED.equals(type);
        }
    }

    private static final int BUFFERED = 1024;

    private final BroadcastProcessor<SessionEvent> events = BroadcastProcessor.create();

    @Incoming("session-events-live")
    public CompletionStage<Void> receive(Message<String> message) {
        IncomingCloudEventMetadata<?> event = CloudEventMessages.cloudEvent(message);
        events.onNext(new SessionEvent(event.getSubject().orElse(null), event.getType(), message.getPayload()));
        return message.ack();
    }

    /** The session's events from now until its SessionFinished (included). */
    public Multi<SessionEvent> of(String sessionId) {
        SessionEvent end = new SessionEvent(sessionId, "end", null);
        // each stream buffers on its own: a slow client never holds the broadcast (or other streams) back
        return events.onOverflow().buffer(BUFFERED).select().where(event -> sessionId.equals(event.sessionId()))
                .onItem().transformToMultiAndConcatenate(event -> event.finishes() ? Multi.createFrom().items(event, end)
                        : Multi.createFrom().item(event))
                .select().first(event -> event != end);
    }
}
