package io.oeml.library.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.oeml.infra.testing.RealInfraResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(RealInfraResource.class)
class ModelCatalogApiTest {

    private static final double GIB = 1024.0 * 1024 * 1024;
    private static final double MIB = 1024.0 * 1024;

    @Test
    void libraryListsEveryCategoryWithTheSeedFields() {
        given().get("/api/ai/ollama/models/library").then()
                .statusCode(200)
                .body("success", equalTo(true))
                .body("model_count", greaterThanOrEqualTo(66))
                .body("categories", hasKey("general"))
                .body("categories", hasKey("code"))
                .body("categories", hasKey("vision"))
                .body("categories", hasKey("math"))
                .body("categories", hasKey("embedding"))
                .body("categories", hasKey("small"))
                .body("categories.general.find { it.name == 'llama3.1:8b' }.size", equalTo("8B"))
                .body("categories.general.find { it.name == 'llama3.1:8b' }.performance_score", equalTo(0.694f))
                .body("categories.general.find { it.name == 'llama3.1:8b' }.memory_requirements_gb", greaterThan(5.78f))
                .body("categories.code.find { it.name == 'llama3.1:8b' }", nullValue());
    }

    @Test
    void modelWithoutAFittingBenchmarkSaysSoInsteadOfScoring() {
        given().get("/api/ai/ollama/models/library").then()
                .statusCode(200)
                .body("categories.general.find { it.name == 'granite3.3:8b' }.performance_score", nullValue())
                .body("categories.general.find { it.name == 'granite3.3:8b' }.score_basis", startsWith("no published"));
    }

    @Test
    void modelDetailTracesEveryFactToItsSource() {
        given().get("/api/ai/ollama/models/llama3.1:8b").then()
                .statusCode(200)
                .body("model.name", equalTo("llama3.1:8b"))
                .body("model.facts.find { it.name == 'block_count' }.value", equalTo(32))
                .body("model.facts.find { it.name == 'block_count' }.source", containsString("TT"))
                .body("model.facts.find { it.name == 'mmlu' }.source", startsWith("L31MC"))
                .body("model.scores.code.score", equalTo(0.727f))
                .body("model.scores.code.basis", containsString("humaneval 72.6"))
                .body("model.weights_basis", equalTo("synthesized"));
    }

    @Test
    void unknownModelIsA404InTheErrorEnvelope() {
        given().get("/api/ai/ollama/models/no-such-model:1b").then()
                .statusCode(404)
                .body("success", equalTo(false))
                .body("error_code", equalTo("NOT_FOUND"))
                .body("error", containsString("no-such-model:1b"))
                .body("timestamp", notNullValue());
    }

    @Test
    void estimateOnDescribedHardwareReproducesTheEraAWorkedExample() {
        JsonPath body = given().queryParam("model", "llama3.1:8b").queryParam("num_ctx", 8192).queryParam("era", "A")
                .queryParam("gpu", "40GiB:40GiB:1008").queryParam("ram", "64GiB")
                .get("/api/ai/ollama/models/estimate").then()
                .statusCode(200)
                .body("host_source", equalTo("request"))
                .body("estimate.placement", equalTo("FULL_GPU"))
                .body("estimate.processor", equalTo("100% GPU"))
                .body("estimate.layers.on_gpu", equalTo(33))
                .body("estimate.decode.assumptions", hasItem(containsString("assumed")))
                .extract().jsonPath();
        assertEquals(6.45, body.getLong("estimate.size_bytes") / GIB, 0.0645);
        assertEquals(560.0, body.getLong("estimate.graph.full_offload_bytes") / MIB, 5.6);
    }

    @Test
    void estimateShowsPartialOffloadLikeOllamaPs() {
        given().queryParam("model", "llama3.1:8b").queryParam("num_ctx", 8192).queryParam("era", "A")
                .queryParam("gpu", "6GiB:6GiB").queryParam("ram", "32GiB")
                .get("/api/ai/ollama/models/estimate").then()
                .statusCode(200)
                .body("estimate.processor", equalTo("11%/89% CPU/GPU"))
                .body("estimate.layers.on_gpu", equalTo(30));
    }

    @Test
    void estimateRejectsAnUnknownKvCacheType() {
        given().queryParam("model", "llama3.1:8b").queryParam("kv_cache_type", "q5_1")
                .get("/api/ai/ollama/models/estimate").then()
                .statusCode(400)
                .body("error_code", equalTo("INVALID_PARAMETER"))
                .body("error", containsString("kv_cache_type"));
    }

    @Test
    void estimateForAKnownHostUsesItsReportedHardware() {
        TestFleet.ensureReported();
        given().queryParam("model", "qwen2.5:7b").queryParam("host", TestFleet.GPU8)
                .get("/api/ai/ollama/models/estimate").then()
                .statusCode(200)
                .body("host", equalTo(TestFleet.GPU8))
                .body("estimate.era", equalTo("A"))
                .body("hardware.gpus[0].free_bytes", equalTo(7_600_000_000L))
                .body("estimate.decode.gpu_bandwidth_gbps", equalTo(448.0f));
    }

    @Test
    void fitMatrixCoversEveryFleetHost() {
        TestFleet.ensureReported();
        given().queryParam("models", "llama3.1:8b,qwen2.5:72b").get("/api/ai/ollama/models/fit-matrix").then()
                .statusCode(200)
                .body("hosts", hasItem(TestFleet.GPU24))
                .body("rows.find { it.model == 'llama3.1:8b' }.hosts." + TestFleet.GPU24 + ".placement", equalTo("full_gpu"))
                .body("rows.find { it.model == 'qwen2.5:72b' }.hosts." + TestFleet.CPU16 + ".placement", equalTo("does_not_fit"))
                .body("rows.hosts", everyItem(notNullValue()));
    }
}
