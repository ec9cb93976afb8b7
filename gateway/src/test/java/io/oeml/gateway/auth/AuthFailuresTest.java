package io.oeml.gateway.auth;

import static io.oeml.infra.testing.ErrorEnvelopes.assertEnvelope;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.oeml.gateway.TestCallers;
import io.oeml.gateway.routing.FakeBackendResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every authentication and authorization failure, on proxied and on the gateway's own routes, is an envelope. */
@QuarkusTest
@WithTestResource(FakeBackendResource.class)
class AuthFailuresTest {

    @Test
    void proxiedRouteWithoutCredentialGets401WithTheBearerChallenge() {
        assertEnvelope(given().get("/api/ai/ollama/models").then(), 401, "UNAUTHENTICATED")
                .header("WWW-Authenticate", "Bearer")
                .body("error", equalTo(AuthFailures.MISSING));
    }

    @Test
    void gatewayResourceWithoutCredentialGets401() {
        assertEnvelope(given().get(AdminOnlyResource.PATH).then(), 401, "UNAUTHENTICATED")
                .header("WWW-Authenticate", "Bearer");
    }

    @Test
    void pathOfNoServiceWithoutCredentialGets401() {
        assertEnvelope(given().get("/api/ai/ollama/nothing-here").then(), 401, "UNAUTHENTICATED");
    }

    @Test
    void credentialThatIsNotATokenGets401SayingItWasRefused() {
        assertEnvelope(given().auth().oauth2("not-a-token").get("/api/ai/ollama/models").then(), 401, "UNAUTHENTICATED")
                .header("WWW-Authenticate", "Bearer")
                .body("error", equalTo(AuthFailures.REFUSED));
    }

    @Test
    void userOnAnAdminOnlyProxiedPathGets403() {
        assertEnvelope(TestCallers.asAlice().get(FakeBackendResource.ADMIN_ONLY_PATH).then(), 403, "FORBIDDEN")
                .header("WWW-Authenticate", (String) null);
    }

    @Test
    void userOnAnAdminOnlyGatewayResourceGets403() {
        assertEnvelope(TestCallers.asAlice().get(AdminOnlyResource.PATH).then(), 403, "FORBIDDEN");
    }

    @Test
    void adminOnAnAdminOnlyGatewayResourceIsServed() {
        given().auth().oauth2(TestCallers.token("root", "admin")).get(AdminOnlyResource.PATH).then()
                .statusCode(200).body(equalTo("ok"));
    }

    @Test
    void refusalCarriesTheRequestIdAndNoInternals() {
        assertEnvelope(given().header("X-Request-Id", "auth-1").auth().oauth2("a.b.c").get("/api/ai/ollama/hosts")
                .then(), 401, "UNAUTHENTICATED")
                .header("X-Request-Id", "auth-1")
                .body(not(containsString("Exception")));
    }
}
