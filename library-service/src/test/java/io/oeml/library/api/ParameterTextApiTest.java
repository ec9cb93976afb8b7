package io.oeml.library.api;

import static io.oeml.infra.testing.TestIdentity.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.oeml.infra.testing.RealInfraResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Free text in parameters is data: any printable text is accepted, control characters are a 400 naming the parameter. */
@QuarkusTest
@WithTestResource(RealInfraResource.class)
class ParameterTextApiTest {

    private static final String SEARCH = "/api/ai/ollama/models/search";

    @ParameterizedTest(name = "query={0}")
    @ValueSource(strings = { "o'brien", "c++", "'; DROP TABLE models; --", "<script>alert(1)</script>", "\"llama\"",
            "llama; 1=1", "naïve 模型 🦙", "50% off & more" })
    void searchAcceptsAnyPrintableText(String query) {
        given().queryParam("query", query).get(SEARCH).then()
                .statusCode(200)
                .body("success", equalTo(true))
                .body("query", equalTo(query));
    }

    @Test
    void punctuationAroundAModelNameStillFindsIt() {
        given().queryParam("query", "\"codellama\"").get(SEARCH).then()
                .statusCode(200)
                .body("results[0].name", containsString("codellama"));
    }

    @ParameterizedTest(name = "query={0}")
    @ValueSource(strings = { "%00", "llama%00", "%00llama", "llama%0Ainjected", "tab%09here", "del%7F", "nel%C2%85" })
    void controlCharactersInTheQueryAreA400NamingIt(String rawQuery) {
        given().urlEncodingEnabled(false).get(SEARCH + "?query=" + rawQuery).then()
                .statusCode(400)
                .body("success", equalTo(false))
                .body("error_code", equalTo("INVALID_PARAMETER"))
                .body("error", containsString("'query'"));
    }

    @ParameterizedTest(name = "query={0}")
    @ValueSource(strings = { "%FF%FE", "llama%C3", "%ED%A0%80" })
    void bytesThatAreNotUtf8AreA400NamingTheParameter(String rawQuery) {
        given().urlEncodingEnabled(false).get(SEARCH + "?query=" + rawQuery).then()
                .statusCode(400)
                .body("error_code", equalTo("INVALID_PARAMETER"))
                .body("error", containsString("'query' must be UTF-8 text"));
    }

    @Test
    void aQueryOfTheDocumentedMaximumLengthIsAccepted() {
        given().queryParam("query", "l".repeat(200)).get(SEARCH).then().statusCode(200);
    }

    @Test
    void aLongerQueryIsA400NamingTheLimit() {
        given().queryParam("query", "l".repeat(201)).get(SEARCH).then()
                .statusCode(400)
                .body("error_code", equalTo("INVALID_PARAMETER"))
                .body("error", containsString("'query'"))
                .body("error", containsString("200"));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', value = {
            "/api/ai/ollama/models/search?capability=tools%00|capability",
            "/api/ai/ollama/models/search?fits_host=%00|fits_host",
            "/api/ai/ollama/models/recommendations?task_type=chat&host=gpu%00|host",
            "/api/ai/ollama/models/compare?models=llama3.1:8b,mistral:7b%00|models",
            "/api/ai/ollama/models/compatibility/llama3.1:8b?host=%01|host",
            "/api/ai/ollama/models/estimate?model=llama3.1:8b%00|model",
            "/api/ai/ollama/models/fit-matrix?models=llama3.1:8b%0A|models",
            "/api/ai/ollama/models/llama3.1:8b%00|name",
            "/api/ai/ollama/hosts/gpu%00|host_id" })
    void controlCharactersInAnyOtherParameterAreA400NamingIt(String rawPathAndQuery, String parameter) {
        given().urlEncodingEnabled(false).get(rawPathAndQuery).then()
                .statusCode(400)
                .body("error_code", equalTo("INVALID_PARAMETER"))
                .body("error", containsString("'" + parameter + "'"));
    }

    @Test
    void controlCharactersInADiscoveryHostAreA400() {
        asAdmin().urlEncodingEnabled(false).post("/api/ai/ollama/models/discovery?host=%00").then()
                .statusCode(400)
                .body("error", containsString("'host'"));
    }

    @Test
    void anyTextAsACapabilityMatchesNoModel() {
        given().queryParam("capability", "o'brien; --").get(SEARCH).then()
                .statusCode(200)
                .body("count", equalTo(0));
    }

    @Test
    void anyTextAsAHostIsAnUnknownHost() {
        given().queryParam("task_type", "chat").queryParam("host", "'; DROP TABLE host; --")
                .get("/api/ai/ollama/models/recommendations").then()
                .statusCode(404)
                .body("error_code", equalTo("NOT_FOUND"));
    }

    @Test
    void anyTextAsModelNamesIsAnUnknownModel() {
        given().queryParam("models", "o'brien,<b>c++</b>").get("/api/ai/ollama/models/compare").then()
                .statusCode(404)
                .body("error", containsString("o'brien"))
                .body("error", containsString("<b>c++</b>"));
    }

    @Test
    void aParameterOverTheSharedLimitIsA400NamingIt() {
        given().queryParam("task_type", "chat").queryParam("host", "h".repeat(1001))
                .get("/api/ai/ollama/models/recommendations").then()
                .statusCode(400)
                .body("error", containsString("'host'"))
                .body("error", containsString("1000"));
    }
}
