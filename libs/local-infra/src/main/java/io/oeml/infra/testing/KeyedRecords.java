package io.oeml.infra.testing;

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
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.oeml.events.Topic;

/**
 * The records of one key (a job, a session) on a topic, read from the beginning as an outside consumer would: until
 * they are complete, and 3 s more, so that a duplicate published late would be seen too.
 */
public final class KeyedRecords {

    private static final Duration SETTLE = Duration.ofSeconds(3);

    private KeyedRecords() {
    }

    /** On {@link TestInfra}'s broker. */
    public static List<ConsumerRecord<String, String>> until(Topic topic, String key,
            Predicate<List<ConsumerRecord<String, String>>> complete, Duration within) {
        return until(TestInfra.get().kafkaBootstrapServers(), topic.topicName(), key, complete, within);
    }

    /**
     * The key's records in offset order, once {@code complete} holds for them (and {@link #SETTLE} more), or as they
     * are when {@code within} has passed.
     */
    public static List<ConsumerRecord<String, String>> until(String bootstrapServers, String topic, String key,
            Predicate<List<ConsumerRecord<String, String>>> complete, Duration within) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        long end = System.nanoTime() + within.toNanos();
        long settleUntil = Long.MAX_VALUE;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            while (System.nanoTime() < Math.min(end, settleUntil)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                }
                if (settleUntil == Long.MAX_VALUE && complete.test(found)) {
                    settleUntil = System.nanoTime() + SETTLE.toNanos();
                }
            }
        }
        return found;
    }

    /** A record's CloudEvents type ({@code ce_type} header); null without one. */
    public static String type(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader("ce_type");
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The records of one CloudEvents type among them. */
    public static List<ConsumerRecord<String, String>> ofType(List<ConsumerRecord<String, String>> records,
            String type) {
        return records.stream().filter(record -> type.equals(type(record))).toList();
    }

    /** Complete once {@code count} records of {@code type} are there. */
    public static Predicate<List<ConsumerRecord<String, String>>> atLeast(int count, String type) {
        return records -> ofType(records, type).size() >= count;
    }
}
