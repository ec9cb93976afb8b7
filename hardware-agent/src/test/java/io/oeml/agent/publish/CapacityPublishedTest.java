package io.oeml.agent.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.oeml.events.EventTypes;
import io.oeml.infra.testing.RealInfraResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(RealInfraResource.class)
class CapacityPublishedTest {

    private static final String HOST_ID = "hardware-agent-test";

    @Inject
    CapacityPublisher publisher;

    @Test
    void snapshotIsOnTheCompactedTopicAsACloudEventKeyedByHostId() throws Exception {
        ConsumerRecord<String, String> record = CapacityTopic.await(
                r -> EventTypes.CAPACITY_REPORTED.equals(CapacityTopic.header(r, "ce_type")), Duration.ofSeconds(60));

        assertEquals(HOST_ID, record.key());
        assertEquals("1.0", CapacityTopic.header(record, "ce_specversion"));
        assertEquals("/hardware-agent/" + HOST_ID, CapacityTopic.header(record, "ce_source"));
        assertEquals(HOST_ID, CapacityTopic.header(record, "ce_subject"));
        assertNotNull(UUID.fromString(CapacityTopic.header(record, "ce_id")));
        assertNotNull(Instant.parse(CapacityTopic.header(record, "ce_time")));
        JsonNode data = new ObjectMapper().readTree(record.value());
        assertEquals(HOST_ID, data.get("host_id").asText());
        assertEquals(1, data.get("schema_version").asInt());
        assertEquals(Runtime.getRuntime().availableProcessors(), data.get("cpu").get("logical_cores").asInt());
    }

    @Test
    void leavingEventIsAHostLeftCloudEventKeyedByHostId() throws Exception {
        publisher.leaving("test").await().atMost(Duration.ofSeconds(20));

        ConsumerRecord<String, String> record = CapacityTopic.await(
                r -> EventTypes.HOST_LEFT.equals(CapacityTopic.header(r, "ce_type")), Duration.ofSeconds(30));

        assertEquals(HOST_ID, record.key());
        assertEquals(HOST_ID, CapacityTopic.header(record, "ce_subject"));
        JsonNode data = new ObjectMapper().readTree(record.value());
        assertEquals(HOST_ID, data.get("host_id").asText());
        assertEquals("test", data.get("reason").asText());
        assertNotNull(Instant.parse(data.get("left_at").asText()));
    }
}
