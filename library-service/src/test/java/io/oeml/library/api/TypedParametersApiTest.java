package io.oeml.library.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.oeml.infra.testing.RealInfraResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The library's endpoints take typed, validated parameter records: what the kit's pattern gives each of them. */
@QuarkusTest
@WithTestResource(RealInfraResource.class)
class TypedParametersApiTest {

    @Test
    void aPageThatIsNotANumberIsA400NotA404() {
        given().queryParam("page", "two").get("/api/ai/ollama/models/search").then()
                .statusCode(400)
                .body("error_code", equalTo("INVALID_PARAMETER"))
                .body("error", equalTo("parameter 'page' must be an integer"));
    }

    @Test
    void anOrderOtherThanAscOrDescIsA400() {
        given().queryParam("order", "up").get("/api/ai/ollama/models/search").then()
                .statusCode(400)
                .body("error", equalTo("parameter 'order' must be asc or desc"));
    }

    @Test
    void aSortByNameAscendsByDefault() {
        given().queryParam("sort", "name").get("/api/ai/ollama/models/search").then()
                .statusCode(200)
                .body("sort", equalTo("name"))
                .body("order", equalTo("asc"));
    }

    @Test
    void recommendationsWithoutATaskTypeAreA400SayingItIsRequired() {
        given().get("/api/ai/ollama/models/recommendations").then()
                .statusCode(400)
                .body("error_code", equalTo("INVALID_PARAMETER"))
                .body("error", equalTo("parameter 'task_type' is required"));
    }

    @Test
    void compareWithoutModelsIsA400SayingWhatIsRequired() {
        given().get("/api/ai/ollama/models/compare").then()
                .statusCode(400)
                .body("error", equalTo("parameter 'models' is required: 2 to 10 comma-separated model names"));
    }

    @Test
    void compareCountsDistinctModels() {
        given().queryParam("models", "llama3.1:8b,llama3.1:8b").get("/api/ai/ollama/models/compare").then()
                .statusCode(400)
                .body("error", equalTo("parameter 'models' must name 2 to 10 distinct models"));
    }

    @Test
    void anUnsupportedNumParallelIsA400NamingTheRange() {
        given().queryParam("num_parallel", "65").get("/api/ai/ollama/models/compatibility/llama3.1:8b").then()
                .statusCode(400)
                .body("error", equalTo("parameter 'num_parallel' must be between 1 and 64"));
    }

    @Test
    void theFitMatrixTakesEveryEstimateOption() {
        TestFleet.ensureReported();
        given().queryParam("models", "llama3.1:8b").queryParam("num_parallel", "2")
                .get("/api/ai/ollama/models/fit-matrix").then()
                .statusCode(200)
                .body("rows[0].hosts." + TestFleet.GPU24 + ".num_parallel", equalTo(2));
    }

    @Test
    void anUnknownModelInTheFitMatrixIsA404NamingIt() {
        given().queryParam("models", "llama3.1:8b,nope:1b").get("/api/ai/ollama/models/fit-matrix").then()
                .statusCode(404)
                .body("error_code", equalTo("NOT_FOUND"))
                .body("error", equalTo("model 'nope:1b' not found"));
    }
}
