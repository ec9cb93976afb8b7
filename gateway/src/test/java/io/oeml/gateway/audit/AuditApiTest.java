package io.oeml.gateway.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.oeml.events.EventJson;
import io.oeml.events.EventTypes;
import io.oeml.events.Topic;
import io.oeml.events.audit.AuditRecorded;
import io.oeml.gateway.GatewayTestResource;
import io.oeml.gateway.TestKeys;
import io.oeml.gateway.auth.apikey.service.ApiKeyService;
import io.oeml.gateway.auth.apikey.service.NewApiKey;
import io.oeml.infra.testing.TestCloudEvents;
import io.oeml.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

@QuarkusTest
@WithTestResource(GatewayTestResource.class)
class AuditApiTest {

    private static final String AUDIT = "/api/ai/ollama/audit";

    @Inject
    ApiKeyService keys;

    @Inject
    Outbox outbox;

    @Test
    void creatingAKeyIsAuditedWithItsActorAndRequestId() {
        String admin = issue("root", "admin");
        String key = given().auth().oauth2(admin).header("X-Request-Id", "req-audit-1").contentType("application/json")
                .body(new NewApiKey("kim", Set.of("user"), "ci", null))
                .when().post("/api/ai/ollama/auth/keys").then().statusCode(201).extract().path("key_id");

        given().auth().oauth2(admin).queryParam("action", "api_key.created").queryParam("actor", "root")
                .when().get(AUDIT)
                .then().statusCode(200).body("size()", equalTo(1)).body("[0].target_id", equalTo(key))
                .body("[0].request_id", equalTo("req-audit-1")).body("[0].outcome", equalTo("success"));
    }

    @Test
    void aServicesRecordFromAuditEventsIsStored() throws Throwable {
        String admin = issue("reader", "admin");
        AuditRecorded record = new AuditRecorded(Instant.now(), "lee", List.of("user"), "benchmark.requested", "host",
                "host-1", AuditRecorded.Outcome.SUCCESS, "req-lib-1", "library-service", null);

        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> outbox.append(
                Topic.AUDIT_EVENTS.topicName(), EventTypes.AUDIT_RECORDED, "/library-service", "lee", record)));

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(admin)
                .queryParam("actor", "lee").when().get(AUDIT).then().extract().jsonPath()
                .getList("service", String.class).equals(List.of("library-service")));
    }

    @Test
    void aRedeliveredRecordIsStoredOnce() {
        String admin = issue("replayer", "admin");
        String json = EventJson.write(new AuditRecorded(Instant.now(), "moe",
                List.of("user"), "benchmark.requested", "host", "host-2", AuditRecorded.Outcome.SUCCESS, "req-lib-2",
                "library-service", null));
        String twice = UUID.randomUUID().toString();

        TestCloudEvents.send(Topic.AUDIT_EVENTS, twice, EventTypes.AUDIT_RECORDED, "/library-service/audit", "moe", json);
        TestCloudEvents.send(Topic.AUDIT_EVENTS, twice, EventTypes.AUDIT_RECORDED, "/library-service/audit", "moe", json);
        // Same key, same partition: once this one is stored, both copies before it were consumed.
        String after = UUID.randomUUID().toString();
        TestCloudEvents.send(Topic.AUDIT_EVENTS, after, EventTypes.AUDIT_RECORDED, "/library-service/audit", "moe", json);

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> idsOf(admin, "moe").contains(after));
        assertThat(idsOf(admin, "moe")).containsExactlyInAnyOrder(twice, after);
    }

    @Test
    void aUserCannotReadTheAuditLog() {
        given().auth().oauth2(issue("nia", "user")).when().get(AUDIT).then().statusCode(403);
    }

    private static List<String> idsOf(String admin, String actor) {
        return given().auth().oauth2(admin).queryParam("actor", actor).when().get(AUDIT).then().statusCode(200)
                .extract().jsonPath().getList("id", String.class);
    }

    private String issue(String owner, String... roles) {
        return TestKeys.issue(keys, owner, roles);
    }
}
