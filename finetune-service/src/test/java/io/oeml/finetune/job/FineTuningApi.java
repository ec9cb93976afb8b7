package io.oeml.finetune.job;

import java.util.LinkedHashMap;
import java.util.Map;

import io.oeml.infra.testing.TestOwner;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The fine-tuning API as one test owner calls it; each test has an owner of its own, so limits never mix. */
final class FineTuningApi {

    static final String BASE = "/api/ai/ollama/fine-tuning";

    private final TestOwner owner;

    private FineTuningApi(TestOwner owner) {
        this.owner = owner;
    }

    static FineTuningApi newOwner() {
        return new FineTuningApi(TestOwner.fresh());
    }

    String owner() {
        return owner.name();
    }

    RequestSpecification request() {
        return owner.request();
    }

    /** The seed's httpx example's form, plus {@code extra} name/value pairs that replace or add fields. */
    static Map<String, String> seedForm(String... extra) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("base_model", TestBaseModels.LLAMA);
        form.put("target_model_name", "my-specialized-model");
        form.put("training_data_path", TestDatasets.VALID);
        form.put("data_type", "jsonl");
        form.put("hyperparameters", "balanced");
        form.put("target_capabilities", "[\"text_generation\", \"instruction_following\"]");
        for (int i = 0; i < extra.length; i += 2) {
            form.put(extra[i], extra[i + 1]);
        }
        return form;
    }

    Response create(Map<String, String> form) {
        return request().formParams(form).post(BASE + "/create");
    }

    /** Creates and starts a job; its id. */
    String started(Map<String, String> form) {
        String id = create(form).then().statusCode(200).extract().path("job_id");
        start(id).then().statusCode(200);
        return id;
    }

    Response start(String id) {
        return request().post(BASE + "/start/" + id);
    }

    Response cancel(String id) {
        return request().post(BASE + "/cancel/" + id);
    }

    Response status(String id) {
        return request().get(BASE + "/status/" + id);
    }

    String statusOf(String id) {
        return status(id).then().statusCode(200).extract().path("job.status");
    }

    Response list(String status) {
        RequestSpecification request = request();
        if (status != null) {
            request = request.queryParam("status", status);
        }
        return request.get(BASE + "/jobs");
    }

    Response events(String id) {
        return request().get(BASE + "/jobs/" + id + "/events");
    }

    Response metrics(String id) {
        return request().get(BASE + "/jobs/" + id + "/metrics");
    }
}
