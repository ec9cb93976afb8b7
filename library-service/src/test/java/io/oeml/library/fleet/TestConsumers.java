package io.oeml.library.fleet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.oeml.events.Topic;
import io.oeml.infra.testing.TestInfra;

/** Kafka consumers of the real broker for tests: a group of their own, reading a topic from its beginning. */
public final class TestConsumers {

    private TestConsumers() {
    }

    public static KafkaConsumer<String, String> fromTheStart(Topic topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfra.get().kafkaBootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props);
        consumer.subscribe(List.of(topic.topicName()));
        return consumer;
    }

    /**
     * The records of {@code topic} with this key whose value holds {@code "text"} (a JSON string), read from the
     * beginning for up to {@code within}, and 3 s more after the last one found (so a duplicate would be seen too).
     */
    public static List<ConsumerRecord<String, String>> recordsFor(Topic topic, String key, String text, Duration within) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        long end = System.nanoTime() + within.toNanos();
        long settleUntil = Long.MAX_VALUE;
        try (KafkaConsumer<String, String> consumer = fromTheStart(topic)) {
            while (System.nanoTime() < Math.min(end, settleUntil)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key()) && record.value().contains("\"" + text + "\"")) {
                        found.add(record);
                        settleUntil = System.nanoTime() + Duration.ofSeconds(3).toNanos();
                    }
                }
            }
        }
        return found;
    }
}
