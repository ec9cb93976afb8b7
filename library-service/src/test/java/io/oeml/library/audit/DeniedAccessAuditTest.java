package io.oeml.library.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.oeml.events.EventJson;
import io.oeml.events.Topic;
import io.oeml.events.audit.AuditRecorded;
import io.oeml.infra.testing.RealInfraResource;
import io.oeml.infra.testing.TestIdentity;
import io.oeml.library.fleet.TestConsumers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A 403 at the service is published on audit.events (libs/security-audit DeniedAccessAudit through the outbox). */
@QuarkusTest
@WithTestResource(RealInfraResource.class)
class DeniedAccessAuditTest {

    private static final String DISCOVERY = "/api/ai/ollama/models/discovery";

    @Test
    void aUserStartingAnAdminOnlyScanIsAuditedAsAccessDenied() {
        String requestId = "denied-" + UUID.randomUUID();

        given().header("X-Request-Id", requestId).post(DISCOVERY).then().statusCode(403);

        List<ConsumerRecord<String, String>> audited = TestConsumers.recordsFor(Topic.AUDIT_EVENTS, TestIdentity.USER,
                requestId, Duration.ofSeconds(30));
        assertThat(audited).hasSize(1);
        assertThat(EventJson.read(audited.get(0).value(), AuditRecorded.class)).usingRecursiveComparison()
                .ignoringFields("occurredAt")
                .isEqualTo(new AuditRecorded(null, TestIdentity.USER, List.of("user"), AuditRecorded.ACCESS_DENIED,
                        AuditRecorded.ROUTE, "POST " + DISCOVERY, AuditRecorded.Outcome.DENIED, requestId,
                        "library-service", "1 denied request"));
    }
}
