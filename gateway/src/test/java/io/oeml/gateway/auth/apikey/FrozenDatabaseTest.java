package io.oeml.gateway.auth.apikey;

import static io.oeml.infra.testing.ErrorEnvelopes.assertEnvelope;
import static io.oeml.infra.testing.Outages.FAIL_FAST;
import static io.oeml.infra.testing.Outages.answersWithin;
import static io.oeml.infra.testing.Outages.whilePostgresFrozen;
import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.oeml.gateway.GatewayTestResource;
import io.oeml.gateway.TestCallers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * With Postgres frozen (SIGSTOP: its sockets stay open and nothing answers) the key routes and the check of a key the
 * gateway has not cached say so within seconds, a 503 in the envelope: a caller is never told a valid key is wrong
 * because the database did not answer.
 */
@QuarkusTest
@WithTestResource(GatewayTestResource.class)
class FrozenDatabaseTest {

    private static final String KEYS = "/api/ai/ollama/auth/keys";

    record Create(String owner, Set<String> roles, String name, Instant expiresAt) {
    }

    @Test
    void keyRoutesAnswer503WithinSecondsWhilePostgresIsFrozen() {
        String keyId = create("mallory").path("key_id");
        whilePostgresFrozen(() -> {
            answersWithin(FAIL_FAST, "the key list", () -> unavailable(admin().get(KEYS)));
            answersWithin(FAIL_FAST, "a new key", () -> unavailable(admin().contentType(ContentType.JSON)
                    .body(new Create("niaj", Set.of("user"), "during the freeze", null)).post(KEYS)));
            answersWithin(FAIL_FAST, "a revocation", () -> unavailable(admin().delete(KEYS + "/" + keyId)));
        });
    }

    @Test
    void aKeyTheGatewayHasNotCachedIsUnavailableNotUnauthorizedWhilePostgresIsFrozen() {
        String key = create("olivia").path("api_key");
        whilePostgresFrozen(() -> answersWithin(FAIL_FAST, "a call with an uncached key",
                () -> unavailable(given().header("X-API-Key", key).get("/api/ai/ollama/auth/me"))));
    }

    private static Response create(String owner) {
        Response created = admin().contentType(ContentType.JSON)
                .body(new Create(owner, Set.of("user"), "frozen database test", null)).post(KEYS);
        created.then().statusCode(201);
        return created;
    }

    /** An admin by OIDC token: the gateway checks it without the database. */
    private static RequestSpecification admin() {
        return given().auth().oauth2(TestCallers.token("root", "admin"));
    }

    private static void unavailable(Response response) {
        assertEnvelope(response.then(), 503, "DEPENDENCY_UNAVAILABLE");
    }
}
