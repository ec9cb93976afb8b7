package io.oeml.gateway.auth.apikey;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.oeml.gateway.GatewayTestResource;
import io.oeml.gateway.TestKeys;
import io.oeml.gateway.auth.AuthFailures;
import io.oeml.gateway.auth.apikey.service.ApiKeyHasher;
import io.oeml.gateway.auth.apikey.service.ApiKeyService;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

@QuarkusTest
@WithTestResource(GatewayTestResource.class)
class ApiKeyApiTest {

    private static final String KEYS = "/api/ai/ollama/auth/keys";

    record Create(String owner, Set<String> roles, String name, Instant expiresAt) {
    }

    @Inject
    ApiKeyService service;

    @Inject
    ApiKeyHasher hasher;

    @Inject
    Pool pool;

    @Test
    void aCreatedKeyAuthenticatesAndIsShownOnlyInTheCreateAnswer() {
        String admin = issue("admin", "admin");
        String key = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(new Create("alice", Set.of("user"), "laptop", null))
                .when().post(KEYS)
                .then().statusCode(201).body("api_key", startsWith("oeml_")).body("owner", equalTo("alice"))
                .extract().path("api_key");

        given().header("X-API-Key", key).when().get(KEYS)
                .then().statusCode(200).body("size()", equalTo(1)).body("[0].api_key", equalTo(null))
                .body("[0].key_id", equalTo(ApiKeyFormat.parse(key).orElseThrow().keyId()));
    }

    @Test
    void onlyTheKeyedHashOfTheSecretIsStored() throws Throwable {
        String key = issue("bob", "user");
        ApiKeyFormat.Parts parts = ApiKeyFormat.parse(key).orElseThrow();

        Row row = VertxContextSupport.subscribeAndAwait(() -> pool
                .preparedQuery("SELECT * FROM api_key WHERE key_id = $1").execute(Tuple.of(parts.keyId()))
                .map(rows -> rows.iterator().next()));

        assertThat(row.getBuffer("secret_hash").getBytes()).isEqualTo(hasher.hash(parts.secret()));
        for (int column = 0; column < row.size(); column++) {
            assertThat(String.valueOf(row.getValue(column))).doesNotContain(parts.secret());
        }
    }

    @Test
    void aRevokedKeyIsRefusedWithinTheCacheTtl() {
        String key = issue("carol", "user");
        given().auth().oauth2(key).when().get(KEYS).then().statusCode(200);
        String keyId = ApiKeyFormat.parse(key).orElseThrow().keyId();

        given().auth().oauth2(key).when().delete(KEYS + "/" + keyId).then().statusCode(200);

        Awaitility.await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth().oauth2(key).when().get(KEYS).statusCode() == 401);
    }

    @Test
    void anExpiredKeyIsRefused() throws Throwable {
        String key = issue("dave", Instant.now().minusSeconds(1), "user");

        given().auth().oauth2(key).when().get(KEYS).then().statusCode(401);
    }

    @Test
    void aMalformedOrWrongKeyIsRefused() {
        String key = issue("erin", "user");

        given().auth().oauth2(key.substring(0, key.length() - 2) + "AA").when().get(KEYS).then().statusCode(401);
        given().header("X-API-Key", "oeml_nonsense").when().get(KEYS).then().statusCode(401);
    }

    @Test
    void aWrongSecretForAKeyInTheCacheIsRefusedAndTheRightOneStillServed() {
        String key = issue("eve", "user");
        given().auth().oauth2(key).when().get(KEYS).then().statusCode(200);

        given().auth().oauth2(key.substring(0, key.length() - 2) + "AA").when().get(KEYS).then().statusCode(401)
                .body("error", equalTo(AuthFailures.REFUSED));
        given().auth().oauth2(key).when().get(KEYS).then().statusCode(200);
    }

    @Test
    void aUserListsOnlyItsOwnKeysWhateverOwnerItAsksFor() {
        String frank = issue("frank", "user");
        issue("grace", "user");

        List<String> owners = given().auth().oauth2(frank).queryParam("owner", "grace").when().get(KEYS)
                .then().statusCode(200).extract().path("owner");

        assertThat(owners).containsOnly("frank");
    }

    @Test
    void revokingAnotherOwnersKeyIsNotFound() {
        String heidi = issue("heidi", "user");
        String ivanKeyId = ApiKeyFormat.parse(issue("ivan", "user")).orElseThrow().keyId();

        given().auth().oauth2(heidi).when().delete(KEYS + "/" + ivanKeyId).then().statusCode(404);
    }

    @Test
    void aUserCannotCreateKeys() {
        String judy = issue("judy", "user");

        given().auth().oauth2(judy).contentType(ContentType.JSON).body(new Create("judy", Set.of("admin"), "x", null))
                .when().post(KEYS).then().statusCode(403);
    }

    @Test
    void aRequestWithoutCredentialsIsUnauthenticated() {
        given().when().get(KEYS).then().statusCode(401);
    }

    private String issue(String owner, String... roles) {
        return TestKeys.issue(service, owner, roles);
    }

    private String issue(String owner, Instant expiresAt, String... roles) {
        return TestKeys.issue(service, owner, expiresAt, roles);
    }
}
