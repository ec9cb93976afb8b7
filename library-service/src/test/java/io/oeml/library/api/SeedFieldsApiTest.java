package io.oeml.library.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.oeml.infra.testing.RealInfraResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The seed's response fields are always present: unknown is {@code null}, never a missing key. granite3.3 publishes
 * no benchmark, so it has no score anywhere; bge-m3 has no embedding benchmark.
 */
@QuarkusTest
@WithTestResource(RealInfraResource.class)
class SeedFieldsApiTest {

    private static final String UNSCORED = "granite3.3:8b";

    @Test
    void libraryListsAnUnknownScoreAsNull() {
        given().get("/api/ai/ollama/models/library").then()
                .statusCode(200)
                .body("categories.general.find { it.name == '" + UNSCORED + "' }", hasEntry(equalTo("performance_score"), nullValue()));
    }

    @Test
    void searchListsAnUnknownScoreAsNull() {
        given().queryParam("query", UNSCORED).get("/api/ai/ollama/models/search").then()
                .statusCode(200)
                .body("results[0].name", equalTo(UNSCORED))
                .body("results[0]", hasEntry(equalTo("performance_score"), nullValue()));
    }

    @Test
    void searchWithoutAQueryListsTheQueryAsNull() {
        given().get("/api/ai/ollama/models/search").then()
                .statusCode(200)
                .body("$", hasEntry(equalTo("query"), nullValue()));
    }

    @Test
    void recommendationsListAnUnknownExpectedPerformanceAsNull() {
        TestFleet.ensureReported();
        given().queryParam("task_type", "embedding").queryParam("host", TestFleet.GPU24)
                .get("/api/ai/ollama/models/recommendations").then()
                .statusCode(200)
                .body("recommendations.find { it.model_name == 'bge-m3:567m' }",
                        hasEntry(equalTo("expected_performance"), nullValue()))
                .body("$", hasEntry(equalTo("preferred_size"), nullValue()));
    }

    @Test
    void compareListsAnUnknownPerformanceAsNull() {
        given().queryParam("models", "llama3.1:8b," + UNSCORED).get("/api/ai/ollama/models/compare").then()
                .statusCode(200)
                .body("comparison_table.performance", hasEntry(equalTo(UNSCORED), nullValue()))
                .body("comparison_table.memory_usage", hasKey(UNSCORED))
                .body("comparison_table.scores_by_category.general", hasEntry(equalTo(UNSCORED), nullValue()));
    }
}
