package io.oeml.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.oeml.infra.ollama.TinyModel;
import io.oeml.infra.testing.TestTrainer;
import io.oeml.infra.testing.TestTrainer.ChatData;
import io.restassured.specification.RequestSpecification;

/**
 * The smallest real fine-tuning job of the system tests: the seed's "Create Fine-Tuning Job" form on the real
 * smollm2-135m, one epoch at ctx 256 over the fixture's chat data in one file, of which the job holds out 30 % so the
 * validation split fills whole 256-token windows for both evaluations.
 *
 * @param dataset the one file, under the service's {@code FINE_TUNING_PATH}/data
 */
record SmallFineTuningJob(Path dataset) {

    static final String BASE = TinyModel.SMOLLM2_135M.tagged();
    static final String HYPERPARAMETERS = """
            {"learning_rate": 1e-4, "epochs": 1, "warmup_steps": 1, "validation_split": 0.3}""";

    /** Writes the dataset under {@code fineTuningPath}, the directory the service is given as FINE_TUNING_PATH. */
    static SmallFineTuningJob in(Path fineTuningPath) {
        try {
            ChatData data = TestTrainer.chatData(Files.createDirectories(fineTuningPath.resolve("data/sourdough")));
            // the training and validation conversations in one file: the job splits them itself
            List<String> lines = new ArrayList<>(Files.readAllLines(data.train()));
            lines.addAll(Files.readAllLines(data.val()));
            return new SmallFineTuningJob(Files.write(data.train().resolveSibling("sourdough.jsonl"), lines));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates the job for {@code targetModel} through the gateway; its id. */
    String create(RequestSpecification api, String targetModel) {
        return api.formParam("base_model", BASE).formParam("target_model_name", targetModel)
                .formParam("training_data_path", dataset.toString()).formParam("data_type", "jsonl")
                .formParam("hyperparameters", HYPERPARAMETERS)
                .formParam("target_capabilities", "[\"text_generation\", \"instruction_following\"]")
                .post("/api/ai/ollama/fine-tuning/create").then().statusCode(200).extract().path("job_id");
    }
}
