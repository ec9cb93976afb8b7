package io.oeml.library.fleet;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;

import io.oeml.events.Topic;

/** Reads a consumer's dead-letter topic on the real broker. */
public final class DeadLetters {

    private DeadLetters() {
    }

    /** The capacity consumer's dead-lettered record of event {@code eventId}; fails when none arrives within {@code deadline}. */
    static ConsumerRecord<String, String> await(String eventId, Duration deadline) {
        return await(Topic.LIBRARY_CAPACITY_DLQ, eventId, deadline);
    }

    /** The record of event {@code eventId} on the dead-letter topic {@code dlq}; fails when none arrives in time. */
    public static ConsumerRecord<String, String> await(Topic dlq, String eventId, Duration deadline) {
        long end = System.nanoTime() + deadline.toNanos();
        try (KafkaConsumer<String, String> consumer = TestConsumers.fromTheStart(dlq)) {
            while (System.nanoTime() < end) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (eventId.equals(header(record, "ce_id"))) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("event " + eventId + " was not dead-lettered within " + deadline);
    }

    /** The header's value as text, or null when the record has none. */
    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
