package io.oeml.gateway.routing;

import static io.oeml.infra.testing.ErrorEnvelopes.assertEnvelope;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.oeml.infra.testing.RealInfraResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;

/** Every error the gateway itself produces, before or after routing, is an envelope. */
@QuarkusTest
@WithTestResource(FakeBackendResource.class)
@WithTestResource(RealInfraResource.class)
@TestProfile(RoutingOnlyProfile.class)
class RequestErrorsTest {

    /** Quarkus' defaults for quarkus.http.limits.max-initial-line-length and max-header-size. */
    private static final int MAX_REQUEST_LINE = 4096;
    private static final int MAX_HEADER_BYTES = 20 * 1024;

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void uriOverTheLimitGets414() {
        assertEnvelope(given().get("/api/ai/ollama/models/search?query=" + "a".repeat(MAX_REQUEST_LINE)).then(),
                414, "URI_TOO_LONG")
                .body("error", containsString("limit of " + MAX_REQUEST_LINE + " bytes"));
    }

    @Test
    void headersOverTheLimitGet431() {
        assertEnvelope(given().header("X-Padding", "a".repeat(MAX_HEADER_BYTES)).get("/api/ai/ollama/models").then(),
                431, "HEADERS_TOO_LARGE")
                .body("error", containsString("limit of " + MAX_HEADER_BYTES + " bytes"));
    }

    @Test
    void declaredBodyOverTheLimitGets413NamingIt() {
        assertEnvelope(given().contentType("application/json").body(new byte[FakeBackendResource.MAX_BODY_BYTES + 1])
                        .post("/api/ai/ollama/fine-tuning/jobs").then(), 413, "PAYLOAD_TOO_LARGE")
                .body("error", equalTo("request body of " + (FakeBackendResource.MAX_BODY_BYTES + 1)
                        + " bytes is over the limit of " + FakeBackendResource.MAX_BODY_BYTES + " bytes"));
    }

    @Test
    void declaredBodyOverTheLimitOnAPathOfNoBackendGets413() {
        assertEnvelope(given().body(new byte[FakeBackendResource.MAX_BODY_BYTES + 1]).post("/api/ai/ollama/nothing-here")
                .then(), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void chunkedBodyThatGrowsOverTheLimitGets413NamingIt() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "api/ai/ollama/fine-tuning/jobs"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(new byte[FakeBackendResource.MAX_BODY_BYTES * 2])))
                .timeout(Duration.ofSeconds(10))
                .build();

        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        JsonObject body = new JsonObject(response.body());
        assertThat(body.getString("error_code")).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(body.getString("error")).isEqualTo(
                "request body is over the limit of " + FakeBackendResource.MAX_BODY_BYTES + " bytes");
    }

    @Test
    void bodyCodingTheProxyCannotForwardGets400() throws Exception {
        String response = rawExchange("POST /api/ai/ollama/fine-tuning/jobs HTTP/1.1\r\nHost: gateway\r\n"
                + "Transfer-Encoding: gzip\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400");
        JsonObject body = new JsonObject(response.substring(response.indexOf("\r\n\r\n") + 4));
        assertThat(body.getString("error_code")).isEqualTo("BAD_REQUEST");
        assertThat(body.getString("error")).contains("Transfer-Encoding 'gzip'");
    }

    @Test
    void callerRequestIdIsKeptAndReturned() {
        given().header("X-Request-Id", "abc-123").get("/api/ai/ollama/nothing-here").then()
                .statusCode(404)
                .header("X-Request-Id", "abc-123");
    }

    @Test
    void requestWithoutIdGetsOne() {
        given().get("/api/ai/ollama/models").then()
                .statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void requestIdTravelsToTheBackend() {
        given().header("X-Request-Id", "abc-456").get("/api/ai/ollama/models").then()
                .statusCode(200)
                .body("x_request_id", equalTo("abc-456"));
    }

    /** What a client the HTTP libraries would not let through sends: raw bytes, read to the end. */
    private String rawExchange(String request) throws Exception {
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
