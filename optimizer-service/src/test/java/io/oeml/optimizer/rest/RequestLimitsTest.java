package io.oeml.optimizer.rest;

import static io.oeml.infra.testing.ErrorEnvelopes.assertEnvelope;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.oeml.infra.testing.RealInfraResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A service gets the envelope for requests over Quarkus' limits from libs/api-errors, as the gateway does. */
@QuarkusTest
@WithTestResource(RealInfraResource.class)
class RequestLimitsTest {

    /** Quarkus' defaults for quarkus.http.limits.max-initial-line-length, max-header-size and max-body-size. */
    private static final int MAX_REQUEST_LINE = 4096;
    private static final int MAX_HEADER_BYTES = 20 * 1024;
    private static final int MAX_BODY_BYTES = 10240 * 1024;

    @Test
    void uriOverTheLimitGets414() {
        assertEnvelope(given().get("/api/ai/ollama/optimization/sessions?q=" + "a".repeat(MAX_REQUEST_LINE)).then(), 414,
                "URI_TOO_LONG");
    }

    @Test
    void headersOverTheLimitGet431() {
        assertEnvelope(given().header("X-Padding", "a".repeat(MAX_HEADER_BYTES)).get("/api/ai/ollama/optimization/sessions")
                .then(), 431, "HEADERS_TOO_LARGE");
    }

    @Test
    void bodyOverTheLimitGets413NamingIt() {
        assertEnvelope(given().contentType("application/json").body(new byte[MAX_BODY_BYTES + 1])
                .post("/api/ai/ollama/optimization/sessions").then(), 413, "PAYLOAD_TOO_LARGE")
                .body("error", containsString("limit of " + MAX_BODY_BYTES + " bytes"));
    }

    @Test
    void answerCarriesTheRequestId() {
        given().header("X-Request-Id", "req-42").get("/api/ai/ollama/no-such-thing").then()
                .statusCode(404)
                .header("X-Request-Id", "req-42");
    }
}
