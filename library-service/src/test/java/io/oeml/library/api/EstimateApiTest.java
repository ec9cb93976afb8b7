package io.oeml.library.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.oeml.estimator.model.Architecture;
import io.oeml.estimator.model.GgmlType;
import io.oeml.infra.testing.RealInfraResource;
import io.oeml.library.estimate.rest.ModelFactsRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The estimate endpoint's inputs beyond a catalog name: explicit facts, GGUF metadata, quantized tags, num_gpu. */
@QuarkusTest
@WithTestResource(RealInfraResource.class)
class EstimateApiTest {

    private static final String ESTIMATE = "/api/ai/ollama/models/estimate";
    private static final Architecture LLAMA31_8B = new Architecture("llama", 32, 4096, 32, 8, 128, 128, 128256, 14336,
            0, 0, 0, 131072);
    private static final Map<String, Object> LLAMA31_MODEL_INFO = Map.of("general.architecture", "llama",
            "llama.block_count", 32, "llama.embedding_length", 4096, "llama.attention.head_count", 32,
            "llama.attention.head_count_kv", 8, "llama.vocab_size", 128256, "llama.feed_forward_length", 14336,
            "llama.context_length", 131072);

    @Inject
    ObjectMapper json;

    private static ModelFactsRequest facts(Architecture architecture, String quantization) {
        return new ModelFactsRequest("my-llama", quantization, architecture, null, null, null, 8_030_000_000L, null, null);
    }

    private RequestSpecification posting(ModelFactsRequest body) throws JsonProcessingException {
        return given().contentType(ContentType.JSON).body(json.writeValueAsString(body))
                .queryParam("num_ctx", 8192).queryParam("era", "A").queryParam("gpu", "40GiB:40GiB:1008").queryParam("ram", "64GiB");
    }

    @Test
    void explicitFactsGiveTheSameEstimateAsTheCatalogModel() throws JsonProcessingException {
        long catalog = given().queryParam("model", "llama3.1:8b").queryParam("num_ctx", 8192).queryParam("era", "A")
                .queryParam("gpu", "40GiB:40GiB:1008").queryParam("ram", "64GiB")
                .get(ESTIMATE).then().statusCode(200).extract().jsonPath().getLong("estimate.size_bytes");
        posting(facts(LLAMA31_8B, "Q4_K_M")).post(ESTIMATE).then()
                .statusCode(200)
                .body("model", equalTo("my-llama"))
                .body("model_source", equalTo("request"))
                .body("estimate.weights.source", equalTo("synthesized"))
                .body("estimate.size_bytes", equalTo(catalog));
    }

    @Test
    void ggufMetadataDescribesTheModelAsWell() throws JsonProcessingException {
        ModelFactsRequest body = new ModelFactsRequest("from-model-info", "Q4_K_M", null, LLAMA31_MODEL_INFO, null, null,
                null, null, null);
        posting(body).post(ESTIMATE).then()
                .statusCode(200)
                .body("estimate.layers.on_gpu", equalTo(33))
                .body("estimate.placement", equalTo("FULL_GPU"));
    }

    @Test
    void missingFactsAreA422NamingEachOfThem() throws JsonProcessingException {
        Architecture partial = new Architecture("llama", 32, 4096, 32, 8, 128, 128, 0, 0, 0, 0, 0, 0);
        posting(facts(partial, "Q4_K_M")).post(ESTIMATE).then()
                .statusCode(422)
                .body("success", equalTo(false))
                .body("error_code", equalTo("MISSING_ARCHITECTURE_FACTS"))
                .body("error", allOf(containsString("vocab_size"), containsString("feed_forward_length")));
    }

    @Test
    void anUnknownQuantizationOfDescribedFactsIsA400() throws JsonProcessingException {
        posting(facts(LLAMA31_8B, "Q7_X")).post(ESTIMATE).then()
                .statusCode(400)
                .body("error_code", equalTo("INVALID_PARAMETER"))
                .body("error", containsString("Q7_X"));
    }

    @Test
    void architectureAndModelInfoTogetherAreRefused() throws JsonProcessingException {
        ModelFactsRequest both = new ModelFactsRequest("x", "Q4_0", LLAMA31_8B, LLAMA31_MODEL_INFO, null, null, null, null,
                null);
        posting(both).post(ESTIMATE).then().statusCode(400).body("error", containsString("model_info"));
    }

    @Test
    void aTensorWithoutAShapeIsAValidationError() throws JsonProcessingException {
        ModelFactsRequest body = new ModelFactsRequest("x", null, LLAMA31_8B, null,
                List.of(new ModelFactsRequest.Tensor("blk.0.attn_q.weight", GgmlType.Q8_0, List.of())),
                null, null, null, null);
        posting(body).post(ESTIMATE).then()
                .statusCode(400)
                .body("error_code", equalTo("VALIDATION_FAILED"))
                .body("error", containsString("shape"));
    }

    @Test
    void aTagThatNamesItsQuantizationIsTheCatalogModelAtThatQuantization() {
        given().queryParam("model", "llama3.2:3b-instruct-q8_0").queryParam("gpu", "24GiB:24GiB").queryParam("ram", "32GiB")
                .get(ESTIMATE).then()
                .statusCode(200)
                .body("model", equalTo("llama3.2:3b-instruct-q8_0"))
                .body("model_source", equalTo("catalog_tag"))
                .body("estimate.model", equalTo("llama3.2:3b"))
                .body("estimate.quantization", equalTo("Q8_0"));
    }

    @Test
    void aQuantizationThatContradictsTheTagIsA400() {
        given().queryParam("model", "llama3.2:3b-instruct-q8_0").queryParam("quantization", "Q4_0")
                .get(ESTIMATE).then()
                .statusCode(400)
                .body("error_code", equalTo("INVALID_PARAMETER"))
                .body("error", containsString("quantization"));
    }

    @Test
    void numGpuCapsTheLayersOnGpu() {
        given().queryParam("model", "llama3.1:8b").queryParam("era", "A").queryParam("num_gpu", 10)
                .queryParam("gpu", "40GiB:40GiB").queryParam("ram", "64GiB")
                .get(ESTIMATE).then()
                .statusCode(200)
                .body("estimate.layers.on_gpu", equalTo(10))
                .body("estimate.placement", equalTo("PARTIAL_OFFLOAD"));
    }

    @Test
    void aNumGpuOutOfRangeIsA400NamingIt() {
        given().queryParam("model", "llama3.1:8b").queryParam("num_gpu", -2)
                .get(ESTIMATE).then()
                .statusCode(400)
                .body("error_code", equalTo("INVALID_PARAMETER"))
                .body("error", containsString("num_gpu"));
    }

    @Test
    void anUnknownModelIsStillA404() {
        given().queryParam("model", "no-such-model:1b-q8_0").get(ESTIMATE).then()
                .statusCode(404)
                .body("error_code", equalTo("NOT_FOUND"));
    }
}
