package io.oeml.library.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;

import io.oeml.events.Topic;
import io.oeml.infra.testing.RealInfraResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A new host is announced on library.model-events through the transactional outbox, as a CloudEvent. */
@QuarkusTest
@WithTestResource(RealInfraResource.class)
class HostDiscoveredEventTest {

    @Test
    void firstReportOfAHostIsAnnouncedOnceAsACloudEvent() {
        String host = "host-" + UUID.randomUUID();
        CapacityEvents.report(host, 8_000_000_000L, 4);
        CapacityEvents.report(host, 8_000_000_000L, 4);

        List<ConsumerRecord<String, String>> announced = recordsFor(host, Duration.ofSeconds(60));

        assertThat(announced).hasSize(1);
        ConsumerRecord<String, String> event = announced.get(0);
        assertThat(header(event, "ce_type")).isEqualTo("io.oeml.library.host.discovered");
        assertThat(header(event, "ce_source")).isEqualTo("/library-service/fleet");
        assertThat(header(event, "ce_subject")).isEqualTo(host);
        assertThat(header(event, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(event, "ce_id")).isNotBlank();
        assertThat(event.value()).contains("\"host_id\":\"" + host + "\"");
    }

    /** Reads library.model-events until the deadline, keeping the records keyed by {@code host}. */
    private static List<ConsumerRecord<String, String>> recordsFor(String host, Duration deadline) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        long end = System.nanoTime() + deadline.toNanos();
        try (KafkaConsumer<String, String> consumer = TestConsumers.fromTheStart(Topic.LIBRARY_MODEL_EVENTS)) {
            // Keep reading a little after the first match, so a duplicate would be seen too.
            long settleUntil = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(end, settleUntil)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (host.equals(record.key())) {
                        found.add(record);
                        settleUntil = System.nanoTime() + Duration.ofSeconds(3).toNanos();
                    }
                }
            }
        }
        return found;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
