package io.oeml.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Every parameter of every endpoint is printable UTF-8 text of bounded length, before any resource sees it. */
@QuarkusTest
class ParameterTextFilterTest {

    @Test
    void aControlCharacterInAQueryParameterIsA400NamingIt() {
        given().urlEncodingEnabled(false).get("/kit?text=a%00b").then()
                .statusCode(400)
                .body("error_code", equalTo("INVALID_PARAMETER"))
                .body("error", equalTo("parameter 'text' must be printable text: control characters such as NUL, tab"
                        + " or line breaks are not accepted"));
    }

    @Test
    void bytesThatAreNotUtf8AreA400() {
        given().urlEncodingEnabled(false).get("/kit?text=%FF").then()
                .statusCode(400)
                .body("error", equalTo("parameter 'text' must be UTF-8 text: it contains bytes that are not UTF-8"));
    }

    @Test
    void aControlCharacterInAPathParameterIsA400NamingIt() {
        given().urlEncodingEnabled(false).get("/kit/things/a%0Ab").then()
                .statusCode(400)
                .body("error", equalTo("parameter 'id' must be printable text: control characters such as NUL, tab"
                        + " or line breaks are not accepted"));
    }

    @Test
    void anyParameterOverTheSharedLimitIsA400() {
        given().queryParam("colour", "r".repeat(ParameterTextFilter.MAX_TEXT_LENGTH + 1)).get("/kit").then()
                .statusCode(400)
                .body("error", equalTo("parameter 'colour' must be at most 1000 characters"));
    }
}
