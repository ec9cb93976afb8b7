package io.oeml.finetune.job;

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

import io.oeml.events.EventJson;
import io.oeml.events.Topic;
import io.oeml.events.finetune.JobTransitioned;
import io.oeml.infra.testing.TestInfra;

/** The JobTransitioned records of one job on finetune.job-events, as the real broker holds them. */
final class JobEventRecords {

    private JobEventRecords() {
    }

    /**
     * The job's transitions, read from the beginning until {@code complete} holds for them (or {@code within} has
     * passed), and 3 s more, so that a duplicate would be seen too.
     */
    static List<JobTransitioned> of(String jobId, Predicate<List<JobTransitioned>> complete, Duration within) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfra.get().kafkaBootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<JobTransitioned> found = new ArrayList<>();
        long end = System.nanoTime() + within.toNanos();
        long settleUntil = Long.MAX_VALUE;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(Topic.FINETUNE_JOB_EVENTS.topicName()));
            while (System.nanoTime() < Math.min(end, settleUntil)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (jobId.equals(record.key())) {
                        found.add(EventJson.read(record.value(), JobTransitioned.class));
                    }
                }
                if (settleUntil == Long.MAX_VALUE && complete.test(found)) {
                    settleUntil = System.nanoTime() + Duration.ofSeconds(3).toNanos();
                }
            }
        }
        return found;
    }

    static Predicate<List<JobTransitioned>> reaching(String status) {
        return records -> records.stream().anyMatch(r -> status.equals(r.status()));
    }
}
