package io.oeml.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Typed query parameters: converted by {@link TypedParameters}, failures in the error envelope naming the parameter. */
@QuarkusTest
class TypedParametersTest {

    @Test
    void wellFormedParametersArriveTyped() {
        given().queryParam("colour", "Green").queryParam("page_size", "20").queryParam("ratio", "0.5")
                .queryParam("exact", "true").queryParam("since", "2026-01-31T12:00:00Z").get("/kit").then()
                .statusCode(200)
                .body("colour", equalTo("GREEN"))
                .body("pageSize", equalTo(20))
                .body("ratio", equalTo(0.5f))
                .body("exact", equalTo(true))
                .body("since", equalTo("2026-01-31T12:00:00Z"));
    }

    @Test
    void aBlankValueIsAnAbsentOne() {
        given().queryParam("colour", " ").queryParam("page_size", "").get("/kit").then()
                .statusCode(200)
                .body("colour", nullValue())
                .body("pageSize", nullValue());
    }

    @Test
    void anUnknownValueOfADomainTypeIsA400SayingWhatIsAccepted() {
        given().queryParam("colour", "blue").get("/kit").then()
                .statusCode(400)
                .body("success", equalTo(false))
                .body("error_code", equalTo("INVALID_PARAMETER"))
                .body("error", equalTo("parameter 'colour' must be one of red, green"));
    }

    @Test
    void aNumberThatDoesNotParseIsA400NotJaxRsA404() {
        given().queryParam("page_size", "ten").get("/kit").then()
                .statusCode(400)
                .body("error_code", equalTo("INVALID_PARAMETER"))
                .body("error", equalTo("parameter 'page_size' must be an integer"));
    }

    @Test
    void anInfiniteDecimalIsA400() {
        given().queryParam("ratio", "Infinity").get("/kit").then()
                .statusCode(400)
                .body("error", equalTo("parameter 'ratio' must be a number"));
    }

    @Test
    void aBooleanOtherThanTrueOrFalseIsA400() {
        given().queryParam("exact", "yes").get("/kit").then()
                .statusCode(400)
                .body("error", equalTo("parameter 'exact' must be true or false"));
    }

    @Test
    void anInstantThatDoesNotParseIsA400() {
        given().queryParam("since", "yesterday").get("/kit").then()
                .statusCode(400)
                .body("error", equalTo("parameter 'since' must be an ISO-8601 instant such as 2026-01-31T12:00:00Z"));
    }
}
