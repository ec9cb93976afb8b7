package io.oeml.gateway.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.oeml.events.EventTypes;
import io.oeml.events.Topic;
import io.oeml.events.audit.AuditRecorded;
import io.oeml.gateway.GatewayTestResource;
import io.oeml.gateway.auth.apikey.service.ApiKeyService;
import io.oeml.gateway.auth.apikey.service.KeyCaller;
import io.oeml.gateway.auth.apikey.service.NewApiKey;
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
    void failedAuthenticationsAreAuditedPerAddressWithoutTheCredential() {
        String admin = issue("auditor", "admin");
        Instant start = Instant.now();
        String wrong = "oeml_000000000000_" + "A".repeat(43);
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(wrong).when().get(AUDIT).then().statusCode(401);
        }

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> failuresSince(admin, start) >= 3);
        String body = given().auth().oauth2(admin).queryParam("action", "auth.failed").when().get(AUDIT).asString();
        assertThat(body).doesNotContain(wrong);
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
    void aUserCannotReadTheAuditLog() {
        given().auth().oauth2(issue("nia", "user")).when().get(AUDIT).then().statusCode(403);
    }

    /** The failures counted in the auth.failed records since {@code start} (each record's detail starts with its count). */
    private static long failuresSince(String admin, Instant start) {
        return given().auth().oauth2(admin).queryParam("action", "auth.failed").queryParam("since", start.toString())
                .when().get(AUDIT).then().statusCode(200).extract().jsonPath().getList("detail", String.class).stream()
                .mapToLong(detail -> Long.parseLong(detail.substring(0, detail.indexOf(' ')))).sum();
    }

    private String issue(String owner, String... roles) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> keys.create(new KeyCaller("test", List.of("admin"), null),
                    new NewApiKey(owner, Set.of(roles), "test", null))).key();
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
