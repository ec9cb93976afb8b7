package io.oeml.gateway.auth.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.oeml.gateway.GatewayTestResource;
import io.oeml.gateway.TestKeys;
import io.oeml.gateway.auth.apikey.service.ApiKeyService;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(GatewayTestResource.class)
class CallerApiTest {

    private static final String ME = "/api/ai/ollama/auth/me";

    @Inject
    ApiKeyService keys;

    @Test
    void aKeyIsAnsweredWithItsOwnerAndRoles() {
        String key = TestKeys.issue(keys, "carol", "user");

        given().header("X-API-Key", key).when().get(ME)
                .then().statusCode(200).body("owner", equalTo("carol")).body("roles", contains("user"));
    }

    @Test
    void noCredentialIsA401InTheEnvelope() {
        given().when().get(ME)
                .then().statusCode(401).body("error_code", equalTo("UNAUTHENTICATED"));
    }
}
