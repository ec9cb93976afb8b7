package io.oeml.events;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Builds and reads CloudEvents 1.0 Kafka messages. The SmallRye Kafka connector writes them in binary mode:
 * {@code ce_id}, {@code ce_type}, {@code ce_source}, {@code ce_time}, {@code ce_subject} headers and the JSON data
 * as the record value. The record key is the entity id so one entity's events stay ordered.
 */
public final class CloudEventMessages {

    private static final String JSON = "application/json";

    private CloudEventMessages() {
    }

    /**
     * A message for {@code topic} carrying {@code data} as a CloudEvent.
     *
     * @param id unique event id; consumers deduplicate on it
     * @param source URI reference of the producer, e.g. {@code /hardware-agent/host-1}
     * @param subject the entity the event is about; also the Kafka record key
     */
    public static <T> Message<T> of(String topic, String id, String type, String source, String subject, Instant time, T data) {
        OutgoingCloudEventMetadata<Object> ce = OutgoingCloudEventMetadata.builder()
                .withId(id)
                .withType(type)
                .withSource(URI.create(source))
                .withSubject(subject)
                .withTimestamp(time.atZone(ZoneOffset.UTC))
                .withDataContentType(JSON)
                .build();
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(topic)
                .withKey(subject)
                .build();
        return Message.of(data, Metadata.of(ce, kafka));
    }

    /** The CloudEvents metadata of a received message; fails when the record is not a CloudEvent. */
    public static IncomingCloudEventMetadata<?> cloudEvent(Message<?> message) {
        return message.getMetadata(IncomingCloudEventMetadata.class)
                .orElseThrow(() -> new NotACloudEventException("record has no CloudEvents headers (ce_id, ce_type, ...)"));
    }
}
