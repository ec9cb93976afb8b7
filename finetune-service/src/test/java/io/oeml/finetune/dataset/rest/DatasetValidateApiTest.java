package io.oeml.finetune.dataset.rest;

import static io.oeml.finetune.dataset.Fixtures.json;
import static io.oeml.finetune.dataset.Fixtures.validLines;
import static io.oeml.finetune.dataset.Fixtures.write;
import static io.oeml.infra.testing.ErrorEnvelopes.assertEnvelope;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.oeml.finetune.dataset.Fixtures.PromptCompletion;
import io.oeml.infra.testing.RealInfraResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Validation on its own, before any job: by a path in the data roots or a stored dataset. */
@QuarkusTest
@TestProfile(DatasetDoublesProfile.class)
@WithTestResource(RealInfraResource.class)
class DatasetValidateApiTest {

    private static final Path DATA = Path.of("target/fine-tuning/data");

    private final DatasetsApi api = DatasetsApi.newOwner();

    @Test
    void aPathInTheDataRootsGetsTheFullReport() {
        List<String> lines = new ArrayList<>(validLines(4));
        lines.add("{broken");
        lines.add(json(new PromptCompletion("q", "")));
        String file = file(lines);

        api.validate(Map.of("training_data_path", file, "data_type", "jsonl")).then().statusCode(200)
                .body("errors", equalTo(2))
                .body("issues.line", hasItems(5, 6))
                .body("issues.check", hasItems("json_syntax", "empty_field"))
                .body("counts_by_check.json_syntax", equalTo(1))
                .body("issues_truncated", equalTo(false))
                .body("tokens.measured", equalTo(false));
    }

    @Test
    void theBaseModelsContextBoundsTheExamples() {
        String file = file(validLines(4));

        api.validate(Map.of("training_data_path", file, "base_model", FixedBaseModels.TINY_CONTEXT)).then()
                .statusCode(200)
                .body("tokens.context_length", equalTo(8))
                .body("counts_by_check.token_length", equalTo(4));
    }

    @Test
    void anUnknownBaseModelIs422() {
        assertEnvelope(api.validate(Map.of("training_data_path", file(validLines(4)), "base_model", "nope:1")).then(),
                422, "BASE_MODEL_NOT_FOUND");
    }

    @Test
    void traversalOutOfTheDataRootsIs400() {
        assertEnvelope(api.validate(Map.of("training_data_path", "../../etc/passwd")).then(), 400,
                "DATA_PATH_OUTSIDE_ROOTS").body("error", containsString("data roots"));
    }

    @Test
    void aLinkOutOfTheDataRootIs400() throws IOException {
        Files.createDirectories(DATA);
        Path link = DATA.resolve(UUID.randomUUID() + ".jsonl");
        Files.createSymbolicLink(link, Path.of("/etc/hostname"));

        assertEnvelope(api.validate(Map.of("training_data_path", link.getFileName().toString())).then(), 400,
                "DATA_PATH_OUTSIDE_ROOTS");
    }

    @Test
    void aMissingFileIs400() {
        assertEnvelope(api.validate(Map.of("training_data_path", "missing-" + UUID.randomUUID() + ".jsonl")).then(),
                400, "DATA_PATH_NOT_FOUND");
    }

    @Test
    void aStoredDatasetsReportIsSavedWithIt() {
        String id = api.uploaded(validLines(12));

        api.validate(Map.of("dataset_id", id, "base_model", FixedBaseModels.ROOMY)).then().statusCode(200)
                .body("errors", equalTo(0));
        api.show(id).then().statusCode(200).body("dataset.validation.tokens.context_length", equalTo(4096));
    }

    @Test
    void neitherPathNorDatasetIs400() {
        assertEnvelope(api.validate(Map.of("data_type", "jsonl")).then(), 400, "INVALID_PARAMETER");
    }

    /** A file in the first data root, named relative to it. */
    private static String file(List<String> lines) {
        String name = UUID.randomUUID() + ".jsonl";
        write(DATA.resolve(name), lines);
        return name;
    }
}
