package io.oeml.gateway.limits;

import static io.oeml.infra.testing.ErrorEnvelopes.assertEnvelope;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.oeml.gateway.TestCallers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonObject;

/**
 * Body limits per route: {@value LimitsTestResource#MAX_BODY_BYTES} bytes for JSON routes,
 * {@value LimitsTestResource#MAX_UPLOAD_BYTES} under {@value LimitsTestResource#UPLOADS}.
 */
@QuarkusTest
@WithTestResource(LimitsTestResource.class)
class BodyLimitsTest {

    private static final String JSON_ROUTE = "/api/ai/ollama/fine-tuning/jobs";

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void declaredBodyOverTheJsonLimitGets413() {
        assertEnvelope(as("body-json").body(new byte[LimitsTestResource.MAX_BODY_BYTES + 1]).post(JSON_ROUTE).then(),
                413, "PAYLOAD_TOO_LARGE")
                .body("error", equalTo("request body of " + (LimitsTestResource.MAX_BODY_BYTES + 1)
                        + " bytes is over the limit of " + LimitsTestResource.MAX_BODY_BYTES + " bytes"));
    }

    @Test
    void declaredBodyOverTheJsonLimitIsAcceptedOnTheUploadRoute() {
        int size = LimitsTestResource.MAX_BODY_BYTES * 2;

        as("body-upload").body(new byte[size]).post(LimitsTestResource.UPLOADS).then()
                .statusCode(200)
                .body("bytes", equalTo(size));
    }

    @Test
    void declaredBodyOverTheUploadLimitGets413() {
        assertEnvelope(as("body-upload-over").body(new byte[LimitsTestResource.MAX_UPLOAD_BYTES + 1])
                .post(LimitsTestResource.UPLOADS).then(), 413, "PAYLOAD_TOO_LARGE")
                .body("error", equalTo("request body of " + (LimitsTestResource.MAX_UPLOAD_BYTES + 1)
                        + " bytes is over the limit of " + LimitsTestResource.MAX_UPLOAD_BYTES + " bytes"));
    }

    @Test
    void uploadPrefixDoesNotCoverAPathThatOnlyStartsWithIt() {
        assertEnvelope(as("body-prefix").body(new byte[LimitsTestResource.MAX_BODY_BYTES + 1])
                .post(LimitsTestResource.UPLOADS + "-other").then(), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void chunkedBodyOverTheUploadLimitGets413NamingIt() throws Exception {
        HttpResponse<String> response = postChunked("body-chunked-upload", LimitsTestResource.UPLOADS,
                LimitsTestResource.MAX_UPLOAD_BYTES * 2);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(new JsonObject(response.body()).getString("error")).isEqualTo(
                "request body is over the limit of " + LimitsTestResource.MAX_UPLOAD_BYTES + " bytes");
    }

    @Test
    void chunkedBodyOverTheJsonLimitIsAcceptedOnTheUploadRoute() throws Exception {
        int size = LimitsTestResource.MAX_BODY_BYTES * 2;

        HttpResponse<String> response = postChunked("body-chunked-ok", LimitsTestResource.UPLOADS, size);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new JsonObject(response.body()).getInteger("bytes")).isEqualTo(size);
    }

    private HttpResponse<String> postChunked(String owner, String path, int size) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + path.substring(1)))
                .header("Authorization", TestCallers.bearer(TestCallers.token(owner, "user")))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[size])))
                .timeout(Duration.ofSeconds(10))
                .build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static RequestSpecification as(String owner) {
        return given().auth().oauth2(TestCallers.token(owner, "user")).contentType("application/octet-stream");
    }
}
