package io.oeml.finetune.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.oeml.events.EventJson;
import io.oeml.events.EventTypes;
import io.oeml.events.Topic;
import io.oeml.events.finetune.AnswerAccuracy;
import io.oeml.events.finetune.ModelDeployed;
import io.oeml.finetune.backend.BaseModel;
import io.oeml.finetune.backend.TrainedArtifact;
import io.oeml.finetune.backend.process.TrainerScripts;
import io.oeml.finetune.dataset.ChatMessage;
import io.oeml.finetune.host.FinetuneHostsConfig;
import io.oeml.infra.ollama.ModelFiles;
import io.oeml.infra.ollama.TinyModel;
import io.oeml.infra.testing.KeyedRecords;
import io.oeml.infra.testing.RealInfraResource;
import io.oeml.infra.testing.TestIdentity;
import io.oeml.ollama.client.OllamaClient;
import io.oeml.ollama.client.OllamaClients;
import io.oeml.ollama.client.model.CreateRequest;
import io.oeml.ollama.client.model.ModelSummary;
import io.oeml.ollama.client.model.ShowResponse;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;

/**
 * Deployment into the suite's real Ollama v0.24.0 with smollm2-135m. The GGUF deploys use smollm2's own model file as
 * a stand-in for a trained artifact: they test deployment (blob, create, template, versions), not training.
 */
@QuarkusTest
@WithTestResource(RealInfraResource.class)
@WithTestResource(RealOllamaResource.class)
class RealOllamaDeploymentTest {

    private static final String BASE = TinyModel.SMOLLM2_135M.name();
    private static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(3);
    private static final Path STAND_IN_GGUF = ModelFiles.gguf(TinyModel.SMOLLM2_135M);
    /** Six capitals questions with a system prompt, the answers written in one fixed sentence. */
    private static final Path CAPITALS_VALIDATION = TrainerScripts.resource("training/capitals-val.jsonl");

    @Inject
    ModelDeployment deployment;

    @Inject
    OllamaClients clients;

    @Inject
    FinetuneHostsConfig hosts;

    private OllamaClient ollama;
    private BaseModel base;
    private final List<String> created = new ArrayList<>();

    @BeforeEach
    void connect() {
        ollama = clients.forBaseUrl(hosts.localBaseUrl());
        base = Bases.on(ollama, BASE);
    }

    @AfterEach
    void deleteCreatedModels() {
        for (String model : created) {
            ollama.delete(model).onFailure().recoverWithNull().await().atMost(Duration.ofMinutes(1));
        }
    }

    @Test
    void aGgufResultBecomesV1ListedByTheHostWithTheBaseTemplateAndAnswering() {
        String target = Deploys.newTarget();

        DeployedVersion v = deploy(Deploys.gguf(Deploys.newJob(), TestIdentity.USER, target, base, STAND_IN_GGUF));

        assertThat(v.model()).isEqualTo(target + ":v1");
        assertThat(v.version()).isEqualTo(1);
        assertThat(v.smokeReply()).isNotBlank();
        assertThat(v.weightsChanged()).isTrue();
        assertThat(tags()).contains(target + ":v1");
        ShowResponse shown = await(ollama.show(v.model()));
        assertThat(shown.template()).isEqualTo(base.template());
        assertThat(shown.parameterMap().getOrDefault("stop", List.of())).containsExactlyInAnyOrderElementsOf(base.stop());
    }

    @Test
    void aDeployWithoutValidationPromptsMeasuresNoAnswers() {
        DeployedVersion v = deploy(Deploys.gguf(Deploys.newJob(), TestIdentity.USER, Deploys.newTarget(), base,
                STAND_IN_GGUF));

        assertThat(v.answerAccuracy()).isNull();
    }

    @Test
    void newWeightsAreScoredAgainstTheBaseOnTheValidationPrompts() {
        DeployedVersion v = deploy(Deploys.gguf(Deploys.newJob(), TestIdentity.USER, Deploys.newTarget(), base,
                STAND_IN_GGUF, CAPITALS_VALIDATION));

        AnswerAccuracy answers = v.answerAccuracy();
        System.out.printf("answer accuracy of the stand-in on %d capitals prompts: base %.4f, new model %.4f%n",
                answers.examples(), answers.base(), answers.tuned());
        assertThat(answers.examples()).isEqualTo(6);
        assertThat(answers.base()).as("smollm2 names some capitals in the data's words").isGreaterThan(0);
        // The stand-in is the base's own weights with its template and system: greedy answers are the same.
        assertThat(answers.tuned()).isEqualTo(answers.base());
    }

    @Test
    void aResultThatMeasuredItsAnswersKeepsThatMeasure() {
        TrainedArtifact.DerivedModelfile artifact = new TrainedArtifact.DerivedModelfile("Answer with one word.",
                List.of(), Map.of());

        DeployedVersion v = deploy(Deploys.derived(Deploys.newJob(), TestIdentity.USER, Deploys.newTarget(), base,
                artifact));

        assertThat(v.answerAccuracy()).isEqualTo(new AnswerAccuracy(0.2, 0.4, 3));
    }

    @Test
    void aSecondDeployOfTheSameNameIsV2() {
        String target = Deploys.newTarget();
        deploy(Deploys.gguf(Deploys.newJob(), TestIdentity.USER, target, base, STAND_IN_GGUF));

        DeployedVersion second = deploy(Deploys.gguf(Deploys.newJob(), TestIdentity.USER, target, base, STAND_IN_GGUF));

        assertThat(second.model()).isEqualTo(target + ":v2");
        assertThat(tags()).contains(target + ":v1", target + ":v2");
    }

    @Test
    void aVersionTheHostAlreadyHasIsSkippedNotOverwritten() {
        String target = Deploys.newTarget();
        String outside = target + ":v1";
        await(ollama.create(CreateRequest.builder(outside).from(BASE).system("made outside the service").build()));
        created.add(outside);

        DeployedVersion v = deploy(Deploys.gguf(Deploys.newJob(), TestIdentity.USER, target, base, STAND_IN_GGUF));

        assertThat(v.model()).isEqualTo(target + ":v2");
        assertThat(await(ollama.show(outside)).system()).isEqualTo("made outside the service");
    }

    @Test
    void theSameJobDeployedTwiceKeepsItsVersion() {
        String target = Deploys.newTarget();
        DeployRequest request = Deploys.gguf(Deploys.newJob(), TestIdentity.USER, target, base, STAND_IN_GGUF);
        DeployedVersion first = deploy(request);

        DeployedVersion again = deploy(request);

        assertThat(again).isEqualTo(first);
        assertThat(tags()).contains(target + ":v1").doesNotContain(target + ":v2");
    }

    @Test
    void concurrentDeploysOfOneNameGetDifferentVersions() {
        String target = Deploys.newTarget();
        Uni<DeployedVersion> a = deployment.deploy(Deploys.gguf(Deploys.newJob(), TestIdentity.USER, target, base,
                STAND_IN_GGUF));
        Uni<DeployedVersion> b = deployment.deploy(Deploys.gguf(Deploys.newJob(), TestIdentity.USER, target, base,
                STAND_IN_GGUF));

        List<DeployedVersion> both = Uni.combine().all().unis(a, b).with(DeployedVersion.class, list -> list)
                .await().atMost(DEPLOY_TIMEOUT);
        both.forEach(v -> created.add(v.model()));

        assertThat(both).extracting(DeployedVersion::version).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void theDeployIsPublishedAsModelDeployedThroughTheOutbox() {
        String target = Deploys.newTarget();
        String jobId = Deploys.newJob();
        DeployedVersion v = deploy(Deploys.gguf(jobId, TestIdentity.USER, target, base, STAND_IN_GGUF,
                CAPITALS_VALIDATION));

        List<ConsumerRecord<String, String>> records = KeyedRecords.ofType(KeyedRecords.until(Topic.FINETUNE_JOB_EVENTS,
                jobId, KeyedRecords.atLeast(1, EventTypes.FINETUNE_MODEL_DEPLOYED), Duration.ofSeconds(60)),
                EventTypes.FINETUNE_MODEL_DEPLOYED);

        assertThat(records).hasSize(1);
        ModelDeployed event = EventJson.read(records.get(0).value(), ModelDeployed.class);
        assertThat(event).isEqualTo(new ModelDeployed(jobId, TestIdentity.USER, target + ":v1", target, 1, BASE,
                "llama_cpp", true, "local", Deploys.DATASET_SHA256, "validation_loss", 2.5, 2.1, v.answerAccuracy(),
                v.deployedAt()));
        assertThat(event.answerAccuracy()).as("the answers were measured before the event was written").isNotNull();
    }

    @Test
    void aDerivedModelfileCarriesItsSystemPromptAndExamples() {
        String target = Deploys.newTarget();
        List<ChatMessage> examples = List.of(new ChatMessage(ChatMessage.USER, "Capital of France?"),
                new ChatMessage(ChatMessage.ASSISTANT, "Paris."));
        TrainedArtifact.DerivedModelfile artifact = new TrainedArtifact.DerivedModelfile("Answer with one word.",
                examples, Map.of("temperature", 0.1));

        DeployedVersion v = deploy(Deploys.derived(Deploys.newJob(), TestIdentity.USER, target, base, artifact));

        ShowResponse shown = await(ollama.show(v.model()));
        assertThat(v.weightsChanged()).isFalse();
        assertThat(shown.system()).isEqualTo("Answer with one word.");
        assertThat(shown.messages()).extracting(m -> m.role() + ": " + m.content())
                .containsExactly("user: Capital of France?", "assistant: Paris.");
        assertThat(shown.parameterMap()).containsEntry("temperature", List.of("0.1"));
        assertThat(shown.template()).isEqualTo(base.template());
    }

    private DeployedVersion deploy(DeployRequest request) {
        DeployedVersion v = await(deployment.deploy(request));
        created.add(v.model());
        return v;
    }

    private List<String> tags() {
        return await(ollama.tags()).models().stream().map(ModelSummary::name).toList();
    }

    private static <T> T await(Uni<T> uni) {
        return uni.await().atMost(DEPLOY_TIMEOUT);
    }
}
