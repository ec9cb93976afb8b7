package io.oeml.finetune.dataset.rest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.oeml.infra.testing.TestOwner;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The datasets API as one test owner calls it; each test has an owner of its own. */
final class DatasetsApi {

    static final String BASE = "/api/ai/ollama/fine-tuning/datasets";

    private final TestOwner owner;

    private DatasetsApi(TestOwner owner) {
        this.owner = owner;
    }

    static DatasetsApi newOwner() {
        return new DatasetsApi(TestOwner.fresh());
    }

    String token() {
        return owner.token();
    }

    RequestSpecification request() {
        return owner.request();
    }

    Response upload(byte[] file, String fileName, Map<String, String> fields) {
        RequestSpecification request = request().multiPart("file", fileName, file, "application/octet-stream");
        fields.forEach(request::multiPart);
        return request.post(BASE);
    }

    Response upload(List<String> lines) {
        return upload((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8), "train.jsonl", Map.of());
    }

    /** Uploads and answers the new dataset's id. */
    String uploaded(List<String> lines) {
        return upload(lines).then().statusCode(201).extract().path("dataset.dataset_id");
    }

    Response list() {
        return request().get(BASE);
    }

    Response show(String id) {
        return request().get(BASE + "/" + id);
    }

    Response delete(String id) {
        return request().delete(BASE + "/" + id);
    }

    Response validate(Map<String, String> form) {
        return request().formParams(form).post(BASE + "/validate");
    }
}
