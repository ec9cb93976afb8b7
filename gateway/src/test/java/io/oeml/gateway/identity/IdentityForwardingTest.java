package io.oeml.gateway.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;

import jakarta.inject.Inject;

import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import io.oeml.gateway.TestCallers;
import io.oeml.gateway.TestKeys;
import io.oeml.gateway.auth.apikey.ApiKeyFormat;
import io.oeml.gateway.auth.apikey.service.ApiKeyService;
import io.oeml.gateway.routing.FakeBackendResource;
import io.oeml.identity.claims.IdentityClaims;
import io.oeml.infra.testing.TestIdentity;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** What a service learns about the caller: the gateway's signed identity token, and nothing the client sent. */
@QuarkusTest
@WithTestResource(FakeBackendResource.class)
class IdentityForwardingTest {

    private static final String MODELS = "/api/ai/ollama/models";

    @Inject
    ApiKeyService keys;

    @Test
    void backendGetsAnIdentityTokenSignedByTheGatewayNamingTheCaller() throws Exception {
        JsonPath seen = TestCallers.asAlice().get(MODELS).then().statusCode(200).extract().jsonPath();

        JwtClaims identity = TestIdentity.verify(seen.getString("authorization").substring("Bearer ".length()));
        assertThat(identity.getSubject()).isEqualTo(TestCallers.ALICE);
        assertThat(identity.getStringListClaimValue("groups")).containsExactly("user");
        assertThat(identity.getStringClaimValue(IdentityClaims.AUTH)).isEqualTo(IdentityClaims.AUTH_OIDC);
        assertThat(identity.hasClaim(IdentityClaims.KEY_ID)).isFalse();
        assertThat(identity.getExpirationTime().getValue() - identity.getIssuedAt().getValue()).isEqualTo(120);
    }

    @Test
    void anApiKeyCallerReachesTheBackendAsTheKeysOwnerAlsoOnceTheKeyIsCached() throws Exception {
        String key = TestKeys.issue(keys, "mallory", "user");
        String keyId = ApiKeyFormat.parse(key).orElseThrow().keyId();

        for (int request = 0; request < 2; request++) {
            String seen = given().auth().oauth2(key).get(MODELS).then().statusCode(200).extract().path("authorization");

            JwtClaims identity = TestIdentity.verify(seen.substring("Bearer ".length()));
            assertThat(identity.getSubject()).isEqualTo("mallory");
            assertThat(identity.getStringListClaimValue("groups")).containsExactly("user");
            assertThat(identity.getStringClaimValue(IdentityClaims.AUTH)).isEqualTo(IdentityClaims.AUTH_API_KEY);
            assertThat(identity.getStringClaimValue(IdentityClaims.KEY_ID)).isEqualTo(keyId);
        }
    }

    @Test
    void identityTokenCarriesTheSigningKeyId() {
        String token = TestCallers.asAlice().get(MODELS).then().extract().path("authorization");

        String header = new String(Base64.getUrlDecoder().decode(token.substring(7).split("\\.")[0]));
        assertThat(header).contains("\"kid\":\"" + TestIdentity.keyId() + "\"").contains("\"alg\":\"ES256\"");
    }

    @Test
    void identityAndApiKeyHeadersOfTheClientNeverReachTheBackend() {
        JsonPath seen = TestCallers.asAlice()
                .header("X-Oeml-Identity", "{\"sub\":\"root\",\"groups\":[\"admin\"]}")
                .header("X-API-Key", "forged-not-an-api-key")
                .get(MODELS).then().statusCode(200).extract().jsonPath();

        assertThat(seen.getString("x_oeml_identity")).isNull();
        assertThat(seen.getString("x_api_key")).isNull();
    }

    @Test
    void clientsAccessTokenIsReplacedByTheIdentityToken() {
        String accessToken = TestCallers.alice();

        String seen = given().auth().oauth2(accessToken).get(MODELS).then().statusCode(200).extract().path("authorization");

        assertThat(seen).doesNotContain(accessToken);
    }

    @Test
    void twoRequestsOfOneCallerReuseOneSignedToken() {
        String first = given().auth().oauth2(TestCallers.token("erin", "user")).get(MODELS).then().extract()
                .path("authorization");
        String second = given().auth().oauth2(TestCallers.token("erin", "user")).get(MODELS).then().extract()
                .path("authorization");

        // ES256 signatures are randomised: an equal token is the same signature, not a second one.
        assertThat(second).isEqualTo(first);
    }
}
