package io.oeml.optimizer.session;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.oeml.events.EventTypes;
import io.oeml.events.Topic;
import io.oeml.infra.testing.KeyedRecords;

/** The records of one session on optimizer.session-events, as the real broker holds them. */
final class SessionEventRecords {

    private SessionEventRecords() {
    }

    /** A record's CloudEvents type ({@code ce_type} header). */
    static String type(ConsumerRecord<String, String> record) {
        return KeyedRecords.type(record);
    }

    /** The session's records, until {@code complete} holds for them (or {@code within}), and a few seconds more. */
    static List<ConsumerRecord<String, String>> of(String sessionId, Predicate<List<ConsumerRecord<String, String>>> complete,
            Duration within) {
        return KeyedRecords.until(Topic.OPTIMIZER_SESSION_EVENTS, sessionId, complete, within);
    }

    /** True once a session.finished record is among them. */
    static boolean finished(List<ConsumerRecord<String, String>> records) {
        return !KeyedRecords.ofType(records, EventTypes.OPTIMIZATION_SESSION_FINISHED).isEmpty();
    }
}
