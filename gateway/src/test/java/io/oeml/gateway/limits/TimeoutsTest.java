package io.oeml.gateway.limits;

import static io.oeml.infra.testing.ErrorEnvelopes.assertEnvelope;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.InputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.oeml.gateway.RawClient;
import io.oeml.gateway.TestCallers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * A backend has {@value LimitsTestResource#RESPONSE_HEAD_TIMEOUT_MS} ms to send its response head; a client
 * connection idle for {@value LimitsTestResource#IDLE_TIMEOUT_MS} ms is closed.
 */
@QuarkusTest
@WithTestResource(LimitsTestResource.class)
class TimeoutsTest {

    private static final String SLOW = "/api/ai/ollama/models/slow?delay_ms=";

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void backendSilentPastTheTimeoutGets504() {
        assertEnvelope(as("timeout-slow").get(SLOW + LimitsTestResource.RESPONSE_HEAD_TIMEOUT_MS * 3).then(),
                504, "GATEWAY_TIMEOUT")
                .body("error", equalTo("library-service sent no response within "
                        + LimitsTestResource.RESPONSE_HEAD_TIMEOUT_MS + " ms"));
    }

    @Test
    void timedOutExchangeIsCutAtTheBackend() {
        int cutBefore = LimitsTestResource.CUT_EXCHANGES.get();

        as("timeout-cut").get(SLOW + LimitsTestResource.RESPONSE_HEAD_TIMEOUT_MS * 3).then().statusCode(504);

        await().atMost(Duration.ofSeconds(5))
                .until(() -> LimitsTestResource.CUT_EXCHANGES.get() > cutBefore);
    }

    @Test
    void backendAnsweringWithinTheTimeoutIsNotCut() {
        as("timeout-in-time").get(SLOW + LimitsTestResource.RESPONSE_HEAD_TIMEOUT_MS / 4).then().statusCode(200);
    }

    @Test
    void streamingResponseOutlivesTheTimeout() {
        long start = System.nanoTime();

        as("timeout-stream").get("/api/ai/ollama/models/stream").then()
                .statusCode(200)
                .body(containsString("{\"n\":2}"));

        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .isGreaterThanOrEqualTo(Duration.ofMillis(LimitsTestResource.STREAM_GAP_MS));
    }

    @Test
    void idleClientConnectionIsClosed() throws Exception {
        try (Socket socket = RawClient.connect(gateway, "127.0.0.1")) {
            // Half a request head, then nothing.
            socket.getOutputStream()
                    .write("GET /api/ai/ollama/models HTTP/1.1\r\nHost: gat".getBytes(StandardCharsets.US_ASCII));
            long start = System.nanoTime();
            InputStream in = socket.getInputStream();

            int read = in.read();

            assertThat(read).isEqualTo(-1);
            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(LimitsTestResource.IDLE_TIMEOUT_MS / 2));
        }
    }

    private static RequestSpecification as(String owner) {
        return given().auth().oauth2(TestCallers.token(owner, "user"));
    }
}
