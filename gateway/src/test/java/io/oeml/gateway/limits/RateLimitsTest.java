package io.oeml.gateway.limits;

import static io.oeml.infra.testing.ErrorEnvelopes.assertEnvelope;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.oeml.gateway.RawClient;
import io.oeml.gateway.TestCallers;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Per-caller and per-address token buckets: capacity {@value LimitsTestResource#CAPACITY}, refilled over an hour. */
@QuarkusTest
@WithTestResource(LimitsTestResource.class)
class RateLimitsTest {

    private static final String PATH = "/api/ai/ollama/models";
    private static final String WRONG_KEY = "Authorization: Bearer oeml_000000000000_" + "A".repeat(43);

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void callerOverCapacityGets429WithRetryAfter() {
        spendCapacity("rate-burst");

        Response refused = as("rate-burst").get(PATH);

        assertEnvelope(refused.then(), 429, "RATE_LIMITED")
                .header("RateLimit-Limit", String.valueOf(LimitsTestResource.CAPACITY))
                .header("RateLimit-Remaining", "0");
        // One token of three comes back every 20 minutes.
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 1200L);
    }

    @Test
    void callersHaveSeparateBuckets() {
        spendCapacity("rate-first");

        as("rate-second").get(PATH).then()
                .statusCode(200)
                .header("RateLimit-Remaining", String.valueOf(LimitsTestResource.CAPACITY - 1));
    }

    @Test
    void guessingCredentialsFromOneAddressIsThrottled() throws Exception {
        String guesser = "127.0.0.2";
        for (int i = 0; i < LimitsTestResource.UNAUTHENTICATED_CAPACITY; i++) {
            assertThat(RawClient.get(gateway, guesser, PATH, WRONG_KEY)).startsWith("HTTP/1.1 401");
        }

        String refused = RawClient.get(gateway, guesser, PATH, WRONG_KEY);

        assertThat(refused).startsWith("HTTP/1.1 429").contains("\"error_code\":\"RATE_LIMITED\"");
        assertThat(Long.parseLong(RawClient.header(refused, "Retry-After"))).isPositive();
        assertThat(RawClient.header(refused, "X-Request-Id")).isNotBlank();
    }

    @Test
    void aForwardedForHeaderDoesNotChooseTheAddressThatIsThrottled() throws Exception {
        String guesser = "127.0.0.4";
        for (int i = 0; i < LimitsTestResource.UNAUTHENTICATED_CAPACITY; i++) {
            RawClient.get(gateway, guesser, PATH, WRONG_KEY, "X-Forwarded-For: 10.9.8." + i,
                    "Forwarded: for=10.9.7." + i);
        }

        String refused = RawClient.get(gateway, guesser, PATH, WRONG_KEY, "X-Forwarded-For: 10.9.8.200");

        assertThat(refused).startsWith("HTTP/1.1 429");
    }

    @Test
    void throttledAddressIsRefusedBeforeItsCredentialIsChecked() throws Exception {
        String guesser = "127.0.0.3";
        for (int i = 0; i < LimitsTestResource.UNAUTHENTICATED_CAPACITY; i++) {
            RawClient.get(gateway, guesser, PATH);
        }

        String withValidToken = RawClient.get(gateway, guesser, PATH,
                "Authorization: " + TestCallers.bearer(TestCallers.token("rate-behind-guesser", "user")));

        assertThat(withValidToken).startsWith("HTTP/1.1 429");
    }

    private static void spendCapacity(String owner) {
        RequestSpecification caller = as(owner);
        for (int i = LimitsTestResource.CAPACITY - 1; i >= 0; i--) {
            caller.get(PATH).then().statusCode(200).body("bytes", equalTo(0))
                    .header("RateLimit-Remaining", String.valueOf(i));
        }
    }

    private static RequestSpecification as(String owner) {
        return given().auth().oauth2(TestCallers.token(owner, "user"));
    }
}
