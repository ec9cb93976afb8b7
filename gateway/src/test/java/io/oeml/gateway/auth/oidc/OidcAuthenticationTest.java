package io.oeml.gateway.auth.oidc;

import static io.oeml.infra.testing.ErrorEnvelopes.assertEnvelope;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import io.oeml.gateway.routing.FakeBackendResource;
import io.oeml.infra.testing.TestIdentity;
import io.oeml.infra.testing.TestOidcIssuer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** OIDC access tokens of a real issuer (TestOidcIssuer): which are taken, and who the services then see. */
@QuarkusTest
@WithTestResource(FakeBackendResource.class)
class OidcAuthenticationTest {

    private static final String HOSTS = "/api/ai/ollama/hosts";
    private final TestOidcIssuer issuer = TestOidcIssuer.get();

    @Test
    void validTokenIsProxiedWithTheCallersIdentity() throws Exception {
        JwtClaims identity = identitySeenByBackend(issuer.token("bob", "user"));

        assertThat(identity.getSubject()).isEqualTo("bob");
        assertThat(identity.getStringListClaimValue("groups")).containsExactly("user");
        assertThat(identity.getStringClaimValue("auth")).isEqualTo("oidc");
    }

    @Test
    void expiredTokenGets401() {
        assertUnauthenticated(call(issuer.expiredToken("bob")));
    }

    @Test
    void tokenForAnotherAudienceGets401() {
        assertUnauthenticated(call(issuer.tokenForAudience("another-api", "bob")));
    }

    @Test
    void tokenOfAnotherIssuerGets401() {
        assertUnauthenticated(call(issuer.tokenFromIssuer("http://127.0.0.1:1/realms/other", "bob")));
    }

    @Test
    void tokenSignedByAnUnknownKeyGets401() {
        assertUnauthenticated(call(issuer.tokenSignedByUnknownKey("bob")));
    }

    @Test
    void tokenOfARotatedKeyIsTakenAndOneOfTheDroppedKeyIsNot() {
        call(issuer.token("bob")).statusCode(200); // the gateway has the current key
        String ofDroppedKey = issuer.token("bob");

        issuer.rotateKey();

        call(issuer.token("bob")).statusCode(200);
        assertUnauthenticated(call(ofDroppedKey));
    }

    @Test
    void onlyKnownRolesAreKept() throws Exception {
        JwtClaims identity = identitySeenByBackend(issuer.token("carol", "admin", "staff", "offline_access"));

        assertThat(identity.getStringListClaimValue("groups")).containsExactly("admin");
    }

    @Test
    void callerWithoutAKnownRoleIsAUser() throws Exception {
        JwtClaims identity = identitySeenByBackend(issuer.token("dave", "staff"));

        assertThat(identity.getStringListClaimValue("groups")).isEqualTo(List.of("user"));
    }

    private JwtClaims identitySeenByBackend(String accessToken) throws Exception {
        String authorization = call(accessToken).statusCode(200).extract().path("authorization");
        assertThat(authorization).startsWith("Bearer ");
        return TestIdentity.verify(authorization.substring("Bearer ".length()));
    }

    private static ValidatableResponse call(String accessToken) {
        return given().auth().oauth2(accessToken).get(HOSTS).then();
    }

    private static void assertUnauthenticated(ValidatableResponse response) {
        assertEnvelope(response, 401, "UNAUTHENTICATED").header("WWW-Authenticate", "Bearer");
    }
}
