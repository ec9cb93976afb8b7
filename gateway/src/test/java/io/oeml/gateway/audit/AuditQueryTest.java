package io.oeml.gateway.audit;

import static io.oeml.infra.testing.ErrorEnvelopes.assertEnvelope;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.oeml.errors.ErrorCodes;
import io.oeml.events.audit.AuditRecorded;
import io.oeml.gateway.GatewayTestResource;
import io.oeml.gateway.TestCallers;
import io.oeml.gateway.audit.service.AuditLog;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.specification.RequestSpecification;

/** GET /api/ai/ollama/audit: the order, the filters, and every bad parameter a 400 in the envelope. */
@QuarkusTest
@WithTestResource(GatewayTestResource.class)
class AuditQueryTest {

    private static final String AUDIT = "/api/ai/ollama/audit";
    private static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");
    private static final String ACTOR = "quinn";

    @Inject
    AuditLog audit;

    @BeforeEach
    void threeRecordsOfOneActorAnHourApart() throws Throwable {
        if (!asAdmin().queryParam("actor", ACTOR).get(AUDIT).jsonPath().getList("$").isEmpty()) {
            return;
        }
        store("q-1", T0, "api_key.created");
        store("q-2", T0.plusSeconds(3600), "api_key.revoked");
        store("q-3", T0.plusSeconds(7200), "api_key.created");
    }

    @Test
    void recordsComeNewestFirst() {
        asAdmin().queryParam("actor", ACTOR).when().get(AUDIT)
                .then().statusCode(200).body("id", equalTo(List.of("q-3", "q-2", "q-1")));
    }

    @Test
    void limitKeepsTheNewest() {
        asAdmin().queryParam("actor", ACTOR).queryParam("limit", 2).when().get(AUDIT)
                .then().statusCode(200).body("id", equalTo(List.of("q-3", "q-2")));
    }

    @Test
    void actionFiltersByTheAction() {
        asAdmin().queryParam("actor", ACTOR).queryParam("action", "api_key.created").when().get(AUDIT)
                .then().statusCode(200).body("id", equalTo(List.of("q-3", "q-1")));
    }

    @Test
    void sinceKeepsRecordsAtOrAfterTheInstant() {
        asAdmin().queryParam("actor", ACTOR).queryParam("since", T0.plusSeconds(3600).toString()).when().get(AUDIT)
                .then().statusCode(200).body("id", equalTo(List.of("q-3", "q-2")));
    }

    @Test
    void aLimitOfZeroIsRefused() {
        assertInvalid(asAdmin().queryParam("limit", 0));
    }

    @Test
    void aLimitOverTheMaximumIsRefused() {
        assertInvalid(asAdmin().queryParam("limit", 1001));
    }

    @Test
    void aLimitThatIsNoNumberIsRefused() {
        assertInvalid(asAdmin().queryParam("limit", "ten"));
    }

    @Test
    void aSinceThatIsNoInstantIsRefused() {
        assertInvalid(asAdmin().queryParam("since", "yesterday"));
    }

    @Test
    void anActionThatIsNoActionNameIsRefused() {
        assertInvalid(asAdmin().queryParam("action", "DROP TABLE"));
    }

    @Test
    void anOverlongActorIsRefused() {
        assertInvalid(asAdmin().queryParam("actor", "a".repeat(257)));
    }

    private static void assertInvalid(RequestSpecification request) {
        assertEnvelope(request.when().get(AUDIT).then(), 400, ErrorCodes.INVALID_PARAMETER);
    }

    private static RequestSpecification asAdmin() {
        return given().auth().oauth2(TestCallers.token("auditor", "admin"));
    }

    private void store(String id, Instant at, String action) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> audit.store(id, new AuditRecorded(at,
                ACTOR, List.of("admin"), action, "api_key", id, AuditRecorded.Outcome.SUCCESS, null, "gateway", null))));
    }
}
