package io.oeml.library.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.oeml.infra.testing.RealInfraResource;
import io.oeml.library.recommend.model.TaskType;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Search, recommendations, compatibility and comparison over the real catalog and a reported fleet. */
@QuarkusTest
@WithTestResource(RealInfraResource.class)
class ModelDiscoveryApiTest {

    @Test
    void theTasksListSaysWhichCategoriesScoreEachTaskAndTheCapabilityItNeeds() {
        given().get("/api/ai/ollama/models/recommendations/tasks").then()
                .statusCode(200)
                .body("tasks.task", equalTo(TaskType.wireNames()))
                .body("tasks.find { it.task == 'code_review' }.category_weights.code", equalTo(0.5f))
                .body("tasks.find { it.task == 'code_review' }.category_weights.general", equalTo(0.5f))
                .body("tasks.find { it.task == 'vision' }.required_capability", equalTo("vision"));
    }

    @Test
    void theSourceRegistryGivesEachKeyTheDocumentItStandsFor() {
        given().get("/api/ai/ollama/models/sources").then()
                .statusCode(200)
                .body("sources.find { it.key == 'L31MC' }.url", containsString("meta-llama/llama-models"))
                .body("sources.find { it.key == 'L31MC' }.title", containsString("Llama 3.1"))
                .body("sources.find { it.key == 'L31MC' }.read", containsString("MODEL_CARD.md"));
    }

    @Test
    void searchReturnsTheSeedShapeWithRelevance() {
        given().queryParam("query", "llama").queryParam("category", "general").get("/api/ai/ollama/models/search").then()
                .statusCode(200)
                .body("success", equalTo(true))
                .body("query", equalTo("llama"))
                .body("filters.category", equalTo("general"))
                .body("results.name", hasItem("llama3.1:8b"))
                .body("results.relevance_score", everyItem(greaterThan(0f)))
                .body("results[0].category", equalTo("general"))
                .body("count", greaterThan(0));
    }

    @Test
    void searchSaysWhatEachResultMatched() {
        given().queryParam("query", "llama").queryParam("page_size", 100).get("/api/ai/ollama/models/search").then()
                .statusCode(200)
                .body("results.find { it.name == 'mistral:7b' }.matched_on", equalTo(List.of("family")))
                .body("results.find { it.name == 'llama3.1:8b' }.matched_on", equalTo(List.of("name")));
    }

    @Test
    void searchRanksModelsNamedLikeTheQueryAboveModelsOfTheSameArchitecture() {
        List<String> names = given().queryParam("query", "llama").queryParam("page_size", 100)
                .get("/api/ai/ollama/models/search").then().statusCode(200)
                .extract().jsonPath().getList("results.name", String.class);
        // llama3.2:1b scores lower than mistral:7b, so only the match kind puts it first
        assertTrue(names.indexOf("llama3.2:1b") < names.indexOf("mistral:7b"), names::toString);
    }

    @Test
    void searchToleratesATypo() {
        given().queryParam("query", "qwen2.5-codr").get("/api/ai/ollama/models/search").then()
                .statusCode(200)
                .body("results[0].name", containsString("qwen2.5-coder"))
                .body("results[0].matched_on", hasItem("typo"));
    }

    @Test
    void searchMatchesCapabilities() {
        given().queryParam("query", "embedding").get("/api/ai/ollama/models/search").then()
                .statusCode(200)
                .body("results.name", hasItem("nomic-embed-text:latest"));
    }

    @ParameterizedTest(name = "max_parameters={0}")
    @CsvSource({ "8000000000", "8B", "7.5b" })
    void maxParametersAcceptsPlainAndSuffixedCounts(String value) {
        List<Long> counts = given().queryParam("max_parameters", value).queryParam("page_size", 100)
                .get("/api/ai/ollama/models/search").then()
                .statusCode(200)
                .body("results.name", hasItem("qwen2.5:3b"))
                .body("results.name", not(hasItem("llama3.1:70b")))
                .extract().jsonPath().<Object>getList("results.parameter_count").stream()
                .map(c -> ((Number) c).longValue()).toList();
        assertTrue(counts.stream().allMatch(c -> c <= 8_000_000_000L), counts::toString);
    }

    @Test
    void sizeFilterUsesTheDocumentedBuckets() {
        List<Long> counts = given().queryParam("size", "huge").queryParam("page_size", 100)
                .get("/api/ai/ollama/models/search").then()
                .statusCode(200)
                .extract().jsonPath().<Object>getList("results.parameter_count").stream()
                .map(c -> ((Number) c).longValue()).toList();
        assertTrue(!counts.isEmpty() && counts.stream().allMatch(c -> c >= 40_000_000_000L), counts::toString);
    }

    @Test
    void fitsHostKeepsOnlyModelsThatFit() {
        TestFleet.ensureReported();
        given().queryParam("fits_host", TestFleet.CPU16).queryParam("installed", "false").queryParam("page_size", 100)
                .get("/api/ai/ollama/models/search").then()
                .statusCode(200)
                .body("results.fit.placement", everyItem(equalTo("cpu_only")))
                .body("results.name", not(hasItem("llama3.1:70b")));
    }

    @Test
    void installedKeepsModelsSomeHostHas() {
        TestFleet.ensureReported();
        given().queryParam("installed", "true").get("/api/ai/ollama/models/search").then()
                .statusCode(200)
                .body("results.name", hasItem("llama3.1:8b"));
    }

    @Test
    void installedAndFitsHostCombine() {
        TestFleet.ensureReported();
        given().queryParam("installed", "true").queryParam("fits_host", TestFleet.GPU8).get("/api/ai/ollama/models/search").then()
                .statusCode(200)
                .body("results.name", hasItem("llama3.1:8b"))
                .body("results.find { it.name == 'llama3.1:8b' }.fit.placement", equalTo("full_gpu"));
    }

    @ParameterizedTest(name = "{0}={1} is a 400")
    @CsvSource(delimiter = '|', value = {
            "category|poetry", "min_performance|2", "max_parameters|abc", "size|gigantic",
            "page_size|0", "sort|random" })
    void badSearchInputIsA400NamingTheParameter(String parameter, String value) {
        given().queryParam(parameter, value).get("/api/ai/ollama/models/search").then()
                .statusCode(400)
                .body("success", equalTo(false))
                .body("error_code", equalTo("INVALID_PARAMETER"))
                .body("error", containsString(parameter));
    }

    @Test
    void codeRecommendationsOnACpuOnlyHostAllFitItsMemory() {
        TestFleet.ensureReported();
        given().queryParam("task_type", "code_generation").queryParam("host", TestFleet.CPU16)
                .get("/api/ai/ollama/models/recommendations").then()
                .statusCode(200)
                .body("system_info.gpu_available", equalTo(false))
                .body("system_info.available_memory_gb", equalTo(16.0f))
                .body("recommendations.size()", greaterThan(0))
                .body("recommendations.fit.placement", everyItem(equalTo("cpu_only")))
                .body("recommendations.fit.system_memory_gb", everyItem(lessThanOrEqualTo(16.0f)))
                .body("recommendations[0].reasoning", containsString("code"))
                .body("recommendations[0].confidence_score", greaterThan(0f))
                .body("recommendations[0].alternatives.size()", greaterThan(0))
                .body("recommendations[0].trade_offs", notNullValue());
    }

    @Test
    void aBiggerGpuGetsABiggerCodeModel() {
        TestFleet.ensureReported();
        long onBig = topRecommendationParameters(TestFleet.GPU24);
        long onSmall = topRecommendationParameters(TestFleet.GPU8);
        assertTrue(onBig > onSmall, "24 GB: " + onBig + " parameters, 8 GB: " + onSmall);
    }

    private static long topRecommendationParameters(String host) {
        String name = given().queryParam("task_type", "code_generation").queryParam("host", host)
                .get("/api/ai/ollama/models/recommendations").then().statusCode(200)
                .extract().path("recommendations[0].model_name");
        return given().get("/api/ai/ollama/models/" + name).then().statusCode(200)
                .extract().jsonPath().getLong("model.facts.find { it.name == 'parameter_count' }.value");
    }

    @Test
    void unknownTaskTypeIsA400() {
        given().queryParam("task_type", "juggling").get("/api/ai/ollama/models/recommendations").then()
                .statusCode(400)
                .body("error", containsString("task_type"));
    }

    @Test
    void compatibilityReportsTheSeedFieldsFleetAndRemedies() {
        TestFleet.ensureReported();
        given().queryParam("host", TestFleet.GPU8).get("/api/ai/ollama/models/compatibility/qwen2.5:14b").then()
                .statusCode(200)
                .body("model_name", equalTo("qwen2.5:14b"))
                .body("compatibility.compatibility_score", greaterThan(0f))
                .body("compatibility.hardware_compatibility.gpu", equalTo("partial"))
                .body("compatibility.performance_estimate", containsString("partial offload"))
                .body("compatibility.context_limits.max_context", greaterThan(4096))
                .body("compatibility.what_would_make_it_fit.kind", hasItem("another_host"))
                .body("compatibility.what_would_make_it_fit.kind", hasItem("smaller_quantization"))
                .body("compatibility.fleet.host_id", hasItem(TestFleet.GPU24));
    }

    @Test
    void compareBuildsTheExtendedTable() {
        given().queryParam("models", "llama3.1:8b,qwen2.5-coder:7b,mistral:7b").get("/api/ai/ollama/models/compare").then()
                .statusCode(200)
                .body("models.size()", equalTo(3))
                .body("comparison_table.performance.'llama3.1:8b'", equalTo(0.694f))
                .body("comparison_table.memory_usage.'mistral:7b'", greaterThan(4f))
                .body("comparison_table.scores_by_category.code.'qwen2.5-coder:7b'", greaterThan(0.8f))
                .body("comparison_table.license.'llama3.1:8b'", equalTo("Llama 3.1 Community License"))
                .body("recommendations", hasItem(containsString("best for code")));
    }

    @Test
    void comparingFiftyModelsIsA400() {
        String fifty = IntStream.range(0, 50).mapToObj(i -> "m" + i).collect(Collectors.joining(","));
        given().queryParam("models", fifty).get("/api/ai/ollama/models/compare").then()
                .statusCode(400)
                .body("error", containsString("models"));
    }

    @Test
    void comparingUnknownModelsIsA404NamingThem() {
        given().queryParam("models", "llama3.1:8b,nope:1b,ghost:2b").get("/api/ai/ollama/models/compare").then()
                .statusCode(404)
                .body("error", containsString("nope:1b"))
                .body("error", containsString("ghost:2b"));
    }

    @Test
    void everyRecommendationTaskIsAccepted() {
        for (String task : List.of("code_generation", "code_review", "creative_writing", "analysis", "summarization", "chat",
                "math", "reasoning", "vision", "embedding", "translation")) {
            given().queryParam("task_type", task).get("/api/ai/ollama/models/recommendations").then().statusCode(200);
        }
    }
}
