package io.oeml.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.oeml.gateway.GatewayTestResource;
import io.oeml.gateway.TestCallers;
import io.oeml.infra.testing.TestOidcIssuer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Failed logins and denied actions at the gateway, recorded from Quarkus' security events (FailedLogins, and
 * libs/security-audit's DeniedAccessAudit; both count per window, 1 s in tests).
 */
@QuarkusTest
@WithTestResource(GatewayTestResource.class)
class SecurityFailureAuditTest {

    private static final String AUDIT = "/api/ai/ollama/audit";
    /** Longer than two flushes of the test's failed-login interval (1 s): a count that holds this long is final. */
    private static final Duration SETTLED = Duration.ofMillis(2500);

    @Test
    void refusedApiKeysAreCountedPerClientAddressWithoutTheKey() {
        FromAddress client = new FromAddress("127.0.0.11");
        String wrong = "oeml_000000000000_" + "A".repeat(43);
        for (int i = 0; i < 3; i++) {
            assertThat(client.get(AUDIT, "Authorization: Bearer " + wrong)).isEqualTo(401);
        }

        awaitFailedLogins(client, 3);
        assertThat(RestAssured.given().auth().oauth2(admin()).queryParam("action", "auth.failed").get(AUDIT).asString())
                .doesNotContain(wrong);
    }

    @Test
    void refusedOidcTokensAreCountedLikeRefusedKeys() {
        FromAddress client = new FromAddress("127.0.0.12");
        TestOidcIssuer issuer = TestOidcIssuer.get();

        assertThat(client.get(AUDIT, "Authorization: Bearer " + issuer.expiredToken("eve"))).isEqualTo(401);
        assertThat(client.get(AUDIT, "Authorization: Bearer " + issuer.tokenSignedByUnknownKey("eve"))).isEqualTo(401);

        awaitFailedLogins(client, 2);
    }

    @Test
    void aRequestWithoutACredentialIsNoFailedLogin() {
        FromAddress client = new FromAddress("127.0.0.13");

        assertThat(client.get(AUDIT)).isEqualTo(401);
        assertThat(client.get(AUDIT, "X-API-Key: oeml_000000000000_" + "B".repeat(43))).isEqualTo(401);

        awaitFailedLogins(client, 1);
    }

    @Test
    void aUserCallingAnAdminRouteIsRecordedAsAccessDenied() {
        RestAssured.given().auth().oauth2(TestCallers.token("nils", "user")).header("X-Request-Id", "req-denied-1")
                .when().get(AUDIT).then().statusCode(403);

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> RestAssured.given().auth().oauth2(admin())
                .queryParam("action", "access.denied").queryParam("actor", "nils").when().get(AUDIT)
                .then().statusCode(200).body("size()", equalTo(1))
                .body("[0].roles", equalTo(List.of("user")))
                .body("[0].target_type", equalTo("route"))
                .body("[0].target_id", equalTo("GET " + AUDIT))
                .body("[0].request_id", equalTo("req-denied-1"))
                .body("[0].outcome", equalTo("denied"))
                .body("[0].service", equalTo("gateway"))
                .body("[0].detail", equalTo("1 denied request")));
    }

    @Test
    void repeatedDenialsOfOneCallerOnOneRouteAreCountedNotWrittenEachTime() {
        int denials = 5;
        long started = System.nanoTime();
        for (int i = 0; i < denials; i++) {
            RestAssured.given().auth().oauth2(TestCallers.token("mallory", "user")).when().get(AUDIT).then()
                    .statusCode(403);
        }
        // 1 s windows: requests sent within this long fall into at most this many of them.
        long windows = 1 + (long) Math.ceil((System.nanoTime() - started) / 1e9);

        Awaitility.await().atMost(Duration.ofSeconds(15)).during(SETTLED)
                .until(() -> deniedCounts("mallory").stream().mapToLong(Long::longValue).sum() == denials);
        assertThat(deniedCounts("mallory")).hasSizeLessThanOrEqualTo((int) Math.min(windows, denials - 1));
    }

    /** The count of each access.denied record of {@code actor} (each record's detail starts with its count). */
    private static List<Long> deniedCounts(String actor) {
        return RestAssured.given().auth().oauth2(admin()).queryParam("action", "access.denied")
                .queryParam("actor", actor).when().get(AUDIT).then().statusCode(200).extract().jsonPath()
                .getList("detail", String.class).stream().map(SecurityFailureAuditTest::leadingCount).toList();
    }

    /** Waits until the auth.failed records of {@code client}'s address add up to {@code expected} and stay there. */
    private static void awaitFailedLogins(FromAddress client, long expected) {
        Awaitility.await().atMost(Duration.ofSeconds(15)).during(SETTLED)
                .until(() -> failedLogins(client.address()) == expected);
    }

    /** The failures counted in the auth.failed records of one address (each record's detail starts with its count). */
    private static long failedLogins(String address) {
        List<Map<String, Object>> records = RestAssured.given().auth().oauth2(admin()).queryParam("action", "auth.failed")
                .queryParam("limit", 1000).when().get(AUDIT).then().statusCode(200).extract().jsonPath().getList("$");
        return records.stream().filter(r -> address.equals(r.get("target_id"))).map(r -> (String) r.get("detail"))
                .mapToLong(SecurityFailureAuditTest::leadingCount).sum();
    }

    private static long leadingCount(String detail) {
        return Long.parseLong(detail.substring(0, detail.indexOf(' ')));
    }

    private static String admin() {
        return TestCallers.token("auditor", "admin");
    }
}
