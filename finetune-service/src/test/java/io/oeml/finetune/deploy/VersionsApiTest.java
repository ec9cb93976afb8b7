package io.oeml.finetune.deploy;

import static io.oeml.infra.testing.ErrorEnvelopes.assertEnvelope;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.oeml.finetune.backend.BaseModel;
import io.oeml.finetune.backend.TrainedArtifact;
import io.oeml.finetune.host.FinetuneHostsConfig;
import io.oeml.infra.ollama.TinyModel;
import io.oeml.infra.testing.RealInfraResource;
import io.oeml.infra.testing.TestIdentity;
import io.oeml.ollama.client.OllamaClients;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** {@code GET /api/ai/ollama/fine-tuning/models/{target_model_name}/versions}, on versions deployed to the real Ollama. */
@QuarkusTest
@WithTestResource(RealInfraResource.class)
@WithTestResource(RealOllamaResource.class)
class VersionsApiTest {

    private static final String VERSIONS = "/api/ai/ollama/fine-tuning/models/{name}/versions";

    @Inject
    ModelDeployment deployment;

    @Inject
    OllamaClients clients;

    @Inject
    FinetuneHostsConfig hosts;

    private BaseModel base;

    @BeforeEach
    void base() {
        base = Bases.on(clients.forBaseUrl(hosts.localBaseUrl()), TinyModel.SMOLLM2_135M.name());
    }

    @Test
    void theOwnersVersionsAreListedOldestFirstWithTheirJobDataHashAndScores() {
        String target = Deploys.newTarget();
        String first = Deploys.newJob();
        String second = Deploys.newJob();
        deploy(first, TestIdentity.USER, target);
        deploy(second, TestIdentity.USER, target);

        given().get(VERSIONS, target).then().statusCode(200)
                .body("success", equalTo(true))
                .body("target_model_name", equalTo(target))
                .body("versions.model", contains(target + ":v1", target + ":v2"))
                .body("versions.job_id", contains(first, second))
                .body("versions[0].dataset_sha256", equalTo(Deploys.DATASET_SHA256))
                .body("versions[0].score_name", equalTo("validation_accuracy"))
                .body("versions[0].base_score", equalTo(0.2f))
                .body("versions[0].tuned_score", equalTo(0.4f))
                .body("versions[0].answer_accuracy.base", equalTo(0.2f))
                .body("versions[0].answer_accuracy.tuned", equalTo(0.4f))
                .body("versions[0].answer_accuracy.examples", equalTo(3))
                .body("versions[0].weights_changed", equalTo(false));
    }

    @Test
    void aNameTheCallerHasNoVersionOfIsNotFound() {
        String target = Deploys.newTarget();
        deploy(Deploys.newJob(), "bob", target);

        assertEnvelope(given().get(VERSIONS, target).then(), 404, "NOT_FOUND");
        assertEnvelope(given().get(VERSIONS, Deploys.newTarget()).then(), 404, "NOT_FOUND");
    }

    @Test
    void anAdminSeesEveryOwnersVersions() {
        String target = Deploys.newTarget();
        deploy(Deploys.newJob(), "bob", target);

        TestIdentity.asAdmin().get(VERSIONS, target).then().statusCode(200)
                .body("versions.owner", contains("bob"));
    }

    @Test
    void aNameOllamaWouldRefuseIsABadRequest() {
        assertEnvelope(given().get(VERSIONS, "-bad..name").then(), 400, "INVALID_PARAMETER");
        assertEnvelope(given().get(VERSIONS, "tagged:v1").then(), 400, "INVALID_PARAMETER");
    }

    private void deploy(String jobId, String owner, String target) {
        TrainedArtifact.DerivedModelfile artifact = new TrainedArtifact.DerivedModelfile("Be brief.", List.of(),
                Map.of());
        deployment.deploy(Deploys.derived(jobId, owner, target, base, artifact)).await().atMost(Duration.ofMinutes(3));
    }
}
