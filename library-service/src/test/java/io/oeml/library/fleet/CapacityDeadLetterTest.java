package io.oeml.library.fleet;

import static io.oeml.library.fleet.DeadLetters.header;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.oeml.events.EventJson;
import io.oeml.events.EventTypes;
import io.oeml.events.Topic;
import io.oeml.events.capacity.HostLeft;
import io.oeml.infra.testing.RealInfraResource;
import io.oeml.outbox.IdempotentConsumer;
import io.oeml.outbox.OutboxConfig;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A capacity event that cannot be applied goes to the dead-letter topic, with its origin and the failure in headers,
 * and the consumer goes on with the next record of the same partition (one host's events share a key, so a partition).
 */
@QuarkusTest
@WithTestResource(RealInfraResource.class)
class CapacityDeadLetterTest {

    private static final Duration DELIVERY = Duration.ofSeconds(60);

    @Inject
    OutboxConfig config;

    @Test
    void eventWhoseEffectKeepsFailingIsDeadLetteredAfterTheRetriesAndTheNextEventIsApplied() {
        String host = "poison-" + UUID.randomUUID();
        String poison = UUID.randomUUID().toString();
        // Valid for the schema, refused by Postgres at commit (no NUL in text): a failure that is not an outage.
        CapacityEvents.send(poison, EventTypes.CAPACITY_REPORTED, host,
                CapacityEvents.snapshotJson(host, "nul\\u0000name", 8_000_000_000L, 4, Instant.now()));
        CapacityEvents.report(host, 8_000_000_000L, 4);

        ConsumerRecord<String, String> dead = DeadLetters.await(poison, DELIVERY);

        assertThat(header(dead, IdempotentConsumer.ATTEMPTS_HEADER))
                .isEqualTo(String.valueOf(config.consumerRetry().maxRetries() + 1));
        assertThat(header(dead, "dead-letter-topic")).isEqualTo(Topic.HARDWARE_CAPACITY.topicName());
        assertThat(header(dead, "dead-letter-partition")).isNotBlank();
        assertThat(header(dead, "dead-letter-offset")).isNotBlank();
        assertThat(header(dead, "dead-letter-exception-class-name")).isNotBlank();
        assertThat(header(dead, "dead-letter-reason")).isNotBlank();
        assertThat(dead.key()).isEqualTo(host);
        awaitSnapshotsKept(host, 1);
    }

    @Test
    void schemaInvalidEventIsDeadLetteredWithoutAnAttemptAndTheNextEventIsApplied() {
        String host = "invalid-" + UUID.randomUUID();
        String invalid = UUID.randomUUID().toString();
        CapacityEvents.send(invalid, EventTypes.CAPACITY_REPORTED, host, EventJson.write(new HostLeft(host, Instant.now(), "x")));
        CapacityEvents.report(host, 8_000_000_000L, 4);

        ConsumerRecord<String, String> dead = DeadLetters.await(invalid, DELIVERY);

        assertThat(header(dead, IdempotentConsumer.ATTEMPTS_HEADER)).isEqualTo("0");
        assertThat(header(dead, "dead-letter-reason")).contains("memory");
        assertThat(header(dead, "dead-letter-topic")).isEqualTo(Topic.HARDWARE_CAPACITY.topicName());
        awaitSnapshotsKept(host, 1);
    }

    private static void awaitSnapshotsKept(String host, int snapshots) {
        Awaitility.await().atMost(DELIVERY).untilAsserted(() -> given().get("/api/ai/ollama/hosts/" + host).then()
                .statusCode(200)
                .body("host.snapshots_kept", equalTo(snapshots)));
    }
}
