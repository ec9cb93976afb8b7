package io.oeml.system;

import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;

/**
 * The packaged gateway's {@code /openapi}, without a credential: the suite's one document, merged from the real
 * services' documents on their main ports.
 */
class AggregatedOpenApiIT {

    private static SuiteBehindGateway suite;

    @BeforeAll
    static void startSuite() {
        suite = SuiteBehindGateway.start("openapi");
    }

    @AfterAll
    static void stopSuite() {
        suite.stop();
    }

    private static ValidatableResponse document() {
        return RestAssured.given().baseUri(suite.gateway().baseUrl()).get("/openapi").then().statusCode(200);
    }

    @Test
    void holdsLibraryServicesRealPaths() {
        document().body("paths", hasKey("/api/ai/ollama/models/search"))
                .body("paths", hasKey("/api/ai/ollama/hosts"));
    }

    @Test
    void holdsTheGatewaysOwnResources() {
        document().body("paths", hasKey("/api/ai/ollama/auth/keys"));
    }

    @Test
    void everyServiceWasReached() {
        document().body("$", not(hasKey("x-oeml-unavailable")));
    }

    @Test
    void namesTheSchemesTheGatewayTakes() {
        document().body("components.securitySchemes", hasKey("apiKey"))
                .body("components.securitySchemes", hasKey("bearer"))
                .body("components.securitySchemes", hasKey("openIdConnect"));
    }
}
