package io.oeml.finetune.job;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.oeml.infra.testing.RealInfraResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Every check at create refuses with a clear 4xx in the envelope, and nothing is written. */
@QuarkusTest
@TestProfile(JobDoublesProfile.class)
@WithTestResource(RealInfraResource.class)
class CreateValidationApiTest {

    @ParameterizedTest(name = "{0} names {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"learning_rate\": -0.00001}|learning_rate",
            "{\"batch_size\": \"four\"}|batch_size",
            "{\"epochs\": 1000}|epochs",
            "{\"dropout\": 0.1}|dropout",
            "{\"epochs\": 3|not valid JSON",
            "turbo|unknown preset 'turbo'"})
    void badHyperparametersAre400NamingTheKey(String hyperparameters, String named) {
        FineTuningApi api = FineTuningApi.newOwner();
        api.create(FineTuningApi.seedForm("hyperparameters", hyperparameters)).then().statusCode(400)
                .body("success", equalTo(false)).body("error_code", equalTo("INVALID_PARAMETER"))
                .body("error", containsString("parameter 'hyperparameters'")).body("error", containsString(named));
        nothingWritten(api);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "target_model_name|my-model:v3",
            "target_model_name|has space",
            "target_model_name|-leading",
            "data_type|parquet",
            "target_capabilities|text_generation",
            "backend|pytorch"})
    void aBadFieldIs400NamingIt(String field, String value) {
        FineTuningApi api = FineTuningApi.newOwner();
        api.create(FineTuningApi.seedForm(field, value)).then().statusCode(400)
                .body("error_code", equalTo("INVALID_PARAMETER")).body("error", containsString("'" + field + "'"));
        nothingWritten(api);
    }

    @Test
    void aMissingFieldIs400NamingIt() {
        FineTuningApi api = FineTuningApi.newOwner();
        api.request().formParam("base_model", TestBaseModels.LLAMA).post(FineTuningApi.BASE + "/create").then()
                .statusCode(400).body("error", containsString("'target_model_name' is required"));
        nothingWritten(api);
    }

    @Test
    void aPathOutsideTheDataRootsIsTheLocatorsRefusal() {
        FineTuningApi api = FineTuningApi.newOwner();
        api.create(FineTuningApi.seedForm("training_data_path", "../../etc/passwd")).then().statusCode(400)
                .body("error_code", equalTo("DATA_PATH_OUTSIDE_ROOTS"))
                .body("error", containsString("training_data_path"));
        nothingWritten(api);
    }

    @Test
    void aBaseTheHostDoesNotHaveIs422() {
        FineTuningApi api = FineTuningApi.newOwner();
        api.create(FineTuningApi.seedForm("base_model", "mistral:7b")).then().statusCode(422)
                .body("error_code", equalTo("BASE_MODEL_NOT_FOUND")).body("error", containsString("mistral:7b"));
        nothingWritten(api);
    }

    @Test
    void aGemma3BaseForLlamaCppIs422BeforeAnythingIsWritten() {
        FineTuningApi api = FineTuningApi.newOwner();
        api.create(FineTuningApi.seedForm("base_model", TestBaseModels.GEMMA)).then().statusCode(422)
                .body("error_code", equalTo("BASE_NOT_TRAINABLE")).body("error", containsString("gemma3"));
        nothingWritten(api);
    }

    @Test
    void anUnknownStatusFilterIs400() {
        FineTuningApi.newOwner().list("running").then().statusCode(400).body("error", containsString("'status'"));
    }

    private static void nothingWritten(FineTuningApi api) {
        api.list(null).then().statusCode(200).body("total", equalTo(0));
    }
}
