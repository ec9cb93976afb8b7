package io.oeml.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Bean Validation of request records and bodies, and domain failures, in the one error envelope. */
@QuarkusTest
class RequestValidationTest {

    @Test
    void aParameterOutOfRangeIsA400NamingItAsTheClientSentIt() {
        given().queryParam("page_size", "0").get("/kit").then()
                .statusCode(400)
                .body("success", equalTo(false))
                .body("error_code", equalTo("INVALID_PARAMETER"))
                .body("error", equalTo("parameter 'page_size' must be between 1 and 100"));
    }

    @Test
    void everyViolatedParameterIsNamedInOneMessage() {
        given().queryParam("page_size", "101").queryParam("ratio", "2").get("/kit").then()
                .statusCode(400)
                .body("error", equalTo("parameter 'page_size' must be between 1 and 100; parameter 'ratio' must be at most 1"));
    }

    @Test
    void textLengthCountsCharactersNotUtf16Units() {
        given().queryParam("text", "🦙🦙🦙🦙🦙").get("/kit").then()
                .statusCode(200)
                .body("text", equalTo("🦙🦙🦙🦙🦙"));
    }

    @Test
    void textOverItsLengthIsA400NamingTheLimit() {
        given().queryParam("text", "llamas").get("/kit").then()
                .statusCode(400)
                .body("error", equalTo("parameter 'text' must be at most 5 characters"));
    }

    @Test
    void freeTextIsStrippedBeforeItsLengthIsChecked() {
        given().queryParam("text", "  llama  ").get("/kit").then()
                .statusCode(200)
                .body("text", equalTo("llama"));
    }

    @Test
    void aViolationInABodyIsValidationFailedNamingTheField() {
        given().contentType("application/json").body("{\"itemName\": \" \"}").post("/kit").then()
                .statusCode(400)
                .body("error_code", equalTo("VALIDATION_FAILED"))
                .body("error", equalTo("field 'item_name' must not be blank"));
    }

    @Test
    void aBodyThatIsNotJsonIsMalformedJson() {
        given().contentType("application/json").body("{\"itemName\":").post("/kit").then()
                .statusCode(400)
                .body("success", equalTo(false))
                .body("error_code", equalTo("MALFORMED_JSON"));
    }

    @Test
    void aBodyOfTheWrongShapeIsMalformedJson() {
        given().contentType("application/json").body("{\"itemName\": {\"nested\": 1}}").post("/kit").then()
                .statusCode(400)
                .body("success", equalTo(false))
                .body("error_code", equalTo("MALFORMED_JSON"));
    }

    @Test
    void aDomainFailureIsMappedByItsKind() {
        given().get("/kit/things/42").then()
                .statusCode(404)
                .body("error_code", equalTo("NOT_FOUND"))
                .body("error", equalTo("thing '42' not found"));
    }
}
