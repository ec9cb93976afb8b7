package io.oeml.finetune.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.oeml.finetune.backend.BackendName;
import io.oeml.finetune.backend.BaseModel;
import io.oeml.finetune.backend.TrainedArtifact;
import io.oeml.finetune.host.FinetuneHostsConfig;
import io.oeml.identity.Owner;
import io.oeml.infra.testing.RealInfraResource;
import io.oeml.infra.testing.TestIdentity;
import io.oeml.ollama.client.OllamaClient;
import io.oeml.ollama.client.OllamaClients;
import io.oeml.ollama.client.model.ModelSummary;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;

/**
 * Failures a real host cannot be made to show, on the Ollama emulator (emulated, not measured): whatever fails, the
 * deploy leaves no model on the host and no version behind, and its number is free again.
 */
@QuarkusTest
@WithTestResource(RealInfraResource.class)
@WithTestResource(EmulatedOllamaResource.class)
class EmulatedFaultsDeploymentTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(1);

    @Inject
    ModelDeployment deployment;

    @Inject
    OllamaClients clients;

    @Inject
    FinetuneHostsConfig hosts;

    private OllamaClient ollama;

    @BeforeEach
    void connect() {
        ollama = clients.forBaseUrl(hosts.localBaseUrl());
    }

    @AfterEach
    void clearFaults() {
        EmulatedOllamaResource.emulator().faults().clear();
    }

    @Test
    void aCreateTheHostRefusesFailsTheDeployAndLeavesNothing() {
        String target = Deploys.newTarget();
        EmulatedOllamaResource.emulator().faults().failWith("/api/create", 500, "disk full", 1);

        assertThatThrownBy(() -> await(deployment.deploy(derived(target, Map.of()))))
                .isInstanceOf(DeploymentFailedException.class)
                .hasMessageContaining("disk full")
                .extracting(e -> ((DeploymentFailedException) e).code())
                .isEqualTo(DeploymentFailedException.CREATE_FAILED);
        assertNothingLeft(target);
    }

    @Test
    void aModelThatAnswersTheSmokePromptWithNothingIsDeletedAndTheDeployFails() {
        String target = Deploys.newTarget();
        // Stop sequences on every character cut each reply to nothing: a derived model that cannot answer.
        List<String> everyCharacter = IntStream.rangeClosed(32, 126).mapToObj(c -> String.valueOf((char) c)).toList();

        assertThatThrownBy(() -> await(deployment.deploy(derived(target, Map.of("stop", everyCharacter)))))
                .isInstanceOf(DeploymentFailedException.class)
                .hasMessageContaining("no text")
                .extracting(e -> ((DeploymentFailedException) e).code())
                .isEqualTo(DeploymentFailedException.SMOKE_FAILED);
        assertNothingLeft(target);
    }

    @Test
    void aSmokePromptTheHostFailsIsSmokeFailedAndTheNumberIsFreeAgain() {
        String target = Deploys.newTarget();
        EmulatedOllamaResource.emulator().faults().failWith("/api/chat", 500, "runner crashed", 1);
        assertThatThrownBy(() -> await(deployment.deploy(derived(target, Map.of()))))
                .extracting(e -> ((DeploymentFailedException) e).code())
                .isEqualTo(DeploymentFailedException.SMOKE_FAILED);

        DeployedVersion next = await(deployment.deploy(derived(target, Map.of())));

        assertThat(next.model()).isEqualTo(target + ":v1");
    }

    @Test
    void anAdapterForAnArchitectureOnOllamasOwnEngineIsRefusedBeforeAnythingIsUploaded(@TempDir Path dir)
            throws Exception {
        String target = Deploys.newTarget();
        Path adapter = Files.write(dir.resolve("adapter.gguf"), new byte[] {'G', 'G', 'U', 'F'});
        BaseModel qwen3 = Bases.on(ollama, "qwen3:4b");
        DeployRequest request = new DeployRequest(Deploys.newJob(), TestIdentity.USER, target, qwen3,
                BackendName.EXTERNAL, new TrainedArtifact.Adapter(adapter, 4), Deploys.DATASET_SHA256, null, null,
                null, null, null);

        assertThatThrownBy(() -> await(deployment.deploy(request)))
                .isInstanceOf(DeploymentFailedException.class)
                .hasMessageContaining("qwen3")
                .extracting(e -> ((DeploymentFailedException) e).code())
                .isEqualTo(DeploymentFailedException.ADAPTER_UNSUPPORTED);
        assertNothingLeft(target);
    }

    private DeployRequest derived(String target, Map<String, Object> parameters) {
        BaseModel base = Bases.on(ollama, "smollm2:135m");
        return Deploys.derived(Deploys.newJob(), TestIdentity.USER, target, base,
                new TrainedArtifact.DerivedModelfile("Be brief.", List.of(), parameters));
    }

    private void assertNothingLeft(String target) {
        assertThat(await(ollama.tags()).models()).extracting(ModelSummary::name).noneMatch(n -> n.startsWith(target));
        assertThatThrownBy(() -> await(deployment.versions(new Owner(TestIdentity.USER, false), target)))
                .isInstanceOf(UnknownTargetModelException.class);
    }

    private static <T> T await(Uni<T> uni) {
        return uni.await().atMost(TIMEOUT);
    }
}
