package io.oeml.infra.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.restassured.response.ValidatableResponse;

/**
 * What every service requires of a caller, as its tests specify it: an {@code /api/*} route answers only a request
 * with a valid identity token of the gateway (401 in the envelope otherwise: none, expired, from an unknown key or
 * another issuer, or a plain identity header anyone could set); health needs no credential and is served on the
 * management interface only, which serves no API. A service's test implements this with the route to call.
 */
public interface IdentityContract {

    /** A GET route of the service's API that any authenticated caller may read. */
    String apiRoute();

    @Test
    default void apiRouteWithoutTokenIs401InTheEnvelope() {
        isUnauthenticated(TestIdentity.anonymous().get(apiRoute()).then());
    }

    @Test
    default void expiredTokenIs401() {
        isUnauthenticated(given().auth().oauth2(TestIdentity.expiredToken(TestIdentity.USER, "user")).get(apiRoute()).then());
    }

    @Test
    default void tokenSignedByAnUnknownKeyIs401() {
        isUnauthenticated(given().auth().oauth2(TestIdentity.unknownKeyToken(TestIdentity.USER, "user")).get(apiRoute()).then());
    }

    @Test
    default void tokenOfAnotherIssuerIs401() {
        isUnauthenticated(given().auth().oauth2(TestIdentity.wrongIssuerToken(TestIdentity.USER, "user")).get(apiRoute()).then());
    }

    @Test
    default void plainIdentityHeadersWithoutTokenAreIgnored() {
        isUnauthenticated(TestIdentity.anonymous()
                .header("X-Oeml-Identity", TestIdentity.ADMIN).header("X-User", TestIdentity.ADMIN)
                .get(apiRoute()).then());
    }

    @Test
    default void healthIsOnTheManagementInterfaceWithoutCredentials() {
        Management.request().get("/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    default void healthIsNotOnTheApiPort() {
        given().get("/q/health/live").then().statusCode(404);
    }

    @Test
    default void managementInterfaceServesNoApi() {
        Management.request().basePath("").get(apiRoute()).then().statusCode(404);
    }

    private static void isUnauthenticated(ValidatableResponse response) {
        response.statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .body("success", equalTo(false))
                .body("error_code", equalTo("UNAUTHENTICATED"))
                .body("timestamp", notNullValue());
    }
}
