package io.oeml.optimizer.session;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.oeml.events.Topic;
import io.oeml.infra.testing.TestInfra;

/** The records of one session on optimizer.session-events, as the real broker holds them. */
final class SessionEventRecords {

    private SessionEventRecords() {
    }

    /** A record's CloudEvents type ({@code ce_type} header). */
    static String type(ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8);
    }

    /**
     * The session's records, read from the beginning until {@code complete} holds for them (or {@code within} has
     * passed), and 3 s more, so that a duplicate would be seen too.
     */
    static List<ConsumerRecord<String, String>> of(String sessionId, Predicate<List<ConsumerRecord<String, String>>> complete,
            Duration within) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfra.get().kafkaBootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        long end = System.nanoTime() + within.toNanos();
        long settleUntil = Long.MAX_VALUE;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(Topic.OPTIMIZER_SESSION_EVENTS.topicName()));
            while (System.nanoTime() < Math.min(end, settleUntil)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (sessionId.equals(record.key())) {
                        found.add(record);
                    }
                }
                if (settleUntil == Long.MAX_VALUE && complete.test(found)) {
                    settleUntil = System.nanoTime() + Duration.ofSeconds(3).toNanos();
                }
            }
        }
        return found;
    }

    /** True once a session.finished record is among them. */
    static boolean finished(List<ConsumerRecord<String, String>> records) {
        return records.stream().anyMatch(r -> type(r).equals("io.oeml.optimizer.session.finished"));
    }
}
