package io.oeml.gateway.cors;

import static io.oeml.gateway.TestCallers.asAlice;
import static io.oeml.infra.testing.ErrorEnvelopes.assertEnvelope;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.oeml.gateway.GatewayTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** A browser page of a listed origin may call the API; a page of any other origin may not read an answer. */
@QuarkusTest
@WithTestResource(CorsTest.WithAllowedOrigin.class)
class CorsTest {

    static final String ALLOWED = "https://app.example.test";
    private static final String OTHER = "https://evil.example.test";
    static final String KEYS = "/api/ai/ollama/auth/keys";

    public static class WithAllowedOrigin extends GatewayTestResource {
        @Override
        public Map<String, String> start() {
            Map<String, String> config = new HashMap<>(super.start());
            config.put("gateway.cors.origins", ALLOWED);
            config.put("gateway.cors.max-age", "10m");
            return config;
        }
    }

    @Test
    void aPreflightOfAnAllowedOriginIsAnsweredWithoutACredential() {
        preflight(ALLOWED).then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", ALLOWED)
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                .header("Access-Control-Allow-Headers", containsString("X-API-Key"))
                .header("Access-Control-Allow-Headers", containsString("X-Request-Id"))
                .header("Access-Control-Max-Age", "600");
    }

    @Test
    void aPreflightOfAnotherOriginIsRefusedWithoutAllowOrigin() {
        preflight(OTHER).then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aRequestOfAnAllowedOriginWithACredentialMayBeReadByThePage() {
        asAlice().header("Origin", ALLOWED).get(KEYS).then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", ALLOWED)
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"))
                .header("Access-Control-Expose-Headers", containsString("Retry-After"));
    }

    @Test
    void aRequestOfAnAllowedOriginWithoutACredentialIsStill401() {
        assertEnvelope(given().header("Origin", ALLOWED).get(KEYS).then(), 401, "UNAUTHENTICATED");
    }

    @Test
    void aRequestOfAnotherOriginIsRefusedWithoutAllowOrigin() {
        asAlice().header("Origin", OTHER).get(KEYS).then()
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    private static Response preflight(String origin) {
        return given().header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,x-request-id")
                .options(KEYS);
    }
}
