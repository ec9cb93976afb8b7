package io.oeml.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.oeml.infra.testing.RealInfraResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@WithTestResource(FakeBackendResource.class)
@WithTestResource(RealInfraResource.class)
@TestProfile(RoutingOnlyProfile.class)
class BackendRoutesTest {

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void modelRequestReachesLibraryServiceWithItsQuery() {
        given().get("/api/ai/ollama/models/search?query=llama&size=small").then()
                .statusCode(200)
                .body("method", equalTo("GET"))
                .body("uri", equalTo("/api/ai/ollama/models/search?query=llama&size=small"));
    }

    @Test
    void postBodyIsForwarded() {
        given().contentType("application/json").body("{\"model_name\":\"llama3.2:3b\"}")
                .post("/api/ai/ollama/fine-tuning/jobs").then()
                .statusCode(200)
                .body("method", equalTo("POST"))
                .body("body", equalTo("{\"model_name\":\"llama3.2:3b\"}"));
    }

    @Test
    void backendLearnsTheClientAndTheAddressItUsed() {
        given().get("/api/ai/ollama/hosts").then()
                .statusCode(200)
                .body("x_forwarded_for", equalTo("127.0.0.1"))
                .body("x_forwarded_host", equalTo(gateway.getHost() + ":" + gateway.getPort()))
                .body("x_forwarded_proto", equalTo("http"));
    }

    @Test
    void streamedLinesArriveAsTheBackendWritesThem() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "api/ai/ollama/models/stream")).build();
        long start = System.nanoTime();
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertThat(lines.readLine()).isEqualTo("{\"n\":1}");
            long firstLineMs = (System.nanoTime() - start) / 1_000_000;
            assertThat(lines.readLine()).isEqualTo("{\"n\":2}");
            long secondLineMs = (System.nanoTime() - start) / 1_000_000;
            // Unbuffered: the first line is here well before the backend writes the second.
            assertThat(firstLineMs).isLessThan(FakeBackendResource.STREAM_GAP_MS - 500);
            assertThat(secondLineMs).isGreaterThanOrEqualTo(FakeBackendResource.STREAM_GAP_MS - 100);
        }
    }

    @Test
    void backendThatIsDownGets503InTheEnvelope() {
        given().get("/api/ai/ollama/optimization/sessions").then()
                .statusCode(503)
                .header("Retry-After", "5")
                .body("success", equalTo(false))
                .body("error_code", equalTo("DEPENDENCY_UNAVAILABLE"))
                .body("error", startsWith("optimizer-service is unavailable"))
                .body("timestamp", notNullValue());
    }

    @Test
    void pathOfNoBackendGets404InTheEnvelope() {
        given().get("/api/ai/ollama/nothing-here").then()
                .statusCode(404)
                .body("success", equalTo(false))
                .body("error_code", equalTo("NOT_FOUND"));
    }

    @Test
    void prefixMatchesWholeSegmentsOnly() {
        given().get("/api/ai/ollama/modelsx").then().statusCode(404);
    }

    @Test
    void gatewayIsLive() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
