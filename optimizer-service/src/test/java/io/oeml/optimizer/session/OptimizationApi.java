package io.oeml.optimizer.session;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.oeml.infra.testing.TestOwner;
import io.oeml.optimizer.space.CustomParameter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The optimization API as a test's owner calls it. Each test has an owner of its own, so the per-owner session cap of
 * one test never counts another's sessions.
 */
final class OptimizationApi {

    static final String BASE = "/api/ai/ollama/optimization";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestOwner owner;

    private OptimizationApi(TestOwner owner) {
        this.owner = owner;
    }

    static OptimizationApi newOwner() {
        return new OptimizationApi(TestOwner.fresh());
    }

    String owner() {
        return owner.name();
    }

    RequestSpecification request() {
        return owner.request();
    }

    /** A space as the create form's {@code space} field carries it. */
    record Space(List<CustomParameter> parameters, Map<String, Object> fixed) {

        static Space of(CustomParameter... parameters) {
            return new Space(List.of(parameters), Map.of());
        }

        String json() {
            try {
                return JSON.writeValueAsString(this);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** One prompt of an uploaded suite, checked for containing {@code value}. */
    record SuitePrompt(String id, String prompt, List<Map<String, Object>> checks) {

        static SuitePrompt contains(String id, String prompt, String value) {
            return new SuitePrompt(id, prompt, List.of(Map.of("type", "contains", "value", value)));
        }

        String line() {
            try {
                return JSON.writeValueAsString(this) + "\n";
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static CustomParameter floatParameter(String name, double low, double high) {
        return new CustomParameter(name, "float", low, high, false, null);
    }

    /** The form of an external session over {@code space} with {@code strategy}, plus {@code extra} fields. */
    static Map<String, String> externalForm(String strategy, Space space, String... extra) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("external", "true");
        form.put("strategy", strategy);
        form.put("space", space.json());
        for (int i = 0; i < extra.length; i += 2) {
            form.put(extra[i], extra[i + 1]);
        }
        return form;
    }

    /** The SPEC's four form fields, plus {@code extra}. */
    static Map<String, String> specForm(String modelName, String... extra) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("model_name", modelName);
        form.put("objective", "maximize_quality");
        form.put("strategy", "bayesian_optimization");
        form.put("model_type", "general");
        for (int i = 0; i < extra.length; i += 2) {
            form.put(extra[i], extra[i + 1]);
        }
        return form;
    }

    Response create(Map<String, String> form) {
        return request().formParams(form).post(BASE + "/create");
    }

    /** Creates and starts a session; its id. */
    String started(Map<String, String> form) {
        String id = create(form).then().statusCode(200).extract().path("session_id");
        request().post(BASE + "/start/" + id).then().statusCode(200);
        return id;
    }

    Response start(String id) {
        return request().post(BASE + "/start/" + id);
    }

    Response status(String id) {
        return request().get(BASE + "/status/" + id);
    }

    Response ask(String id, int count) {
        return request().queryParam("count", count).post(BASE + "/ask/" + id);
    }

    Response tell(String id, Tell tell) {
        return request().contentType("application/json").body(tell).post(BASE + "/tell/" + id);
    }

    /** A tell body. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Tell(Integer trialNumber, Double value, List<Double> values, Boolean feasible) {

        static Tell of(int trialNumber, double value) {
            return new Tell(trialNumber, value, null, null);
        }

        static Tell of(int trialNumber, List<Double> values) {
            return new Tell(trialNumber, null, values, null);
        }
    }
}
