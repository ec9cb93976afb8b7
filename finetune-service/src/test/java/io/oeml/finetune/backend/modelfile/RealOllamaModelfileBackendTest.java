package io.oeml.finetune.backend.modelfile;

import static io.oeml.finetune.backend.modelfile.ChatData.capital;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.oeml.finetune.backend.BaseModel;
import io.oeml.finetune.backend.TrainedArtifact;
import io.oeml.finetune.backend.TrainingFailedException;
import io.oeml.finetune.backend.TrainingRequest;
import io.oeml.finetune.backend.TrainingResult;
import io.oeml.finetune.backend.TrainingRun;
import io.oeml.finetune.dataset.ChatMessage;
import io.oeml.finetune.dataset.PreparedDataset;
import io.oeml.finetune.deploy.RealOllamaResource;
import io.oeml.finetune.hyperparameters.Hyperparameters;
import io.oeml.finetune.trainer.TrainerEvent;
import io.oeml.infra.ollama.TinyModel;
import io.oeml.infra.testing.RealInfraResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The modelfile backend on the suite's real Ollama with smollm2-135m, on a tiny capitals dataset (6 training and 3
 * validation conversations): every score is measured by asking the model.
 */
@QuarkusTest
@WithTestResource(RealInfraResource.class)
@WithTestResource(RealOllamaResource.class)
class RealOllamaModelfileBackendTest {

    private static final String SYSTEM = "Answer with the name of the city only.";
    private static final Hyperparameters SETTINGS = new Hyperparameters("efficient", 2e-5, 2, 2, 50, 512, 0.3, 42,
            0.0, null);
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(4);

    @Inject
    ModelfileBackend backend;

    @TempDir
    Path dir;

    private BaseModel base;
    private final List<TrainerEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void base() {
        base = new BaseModel(TinyModel.SMOLLM2_135M.name(), "local", "llama", 8192, null, List.of(), null, null,
                "135M", "Q4_1");
    }

    /** One full run (about 12 short answers) shared by the tests that read its result and events. */
    private static TrainingResult completed;
    private static List<TrainerEvent> completedEvents;

    private synchronized TrainingResult completedRun() throws Exception {
        if (completed == null) {
            List<TrainerEvent> seen = new CopyOnWriteArrayList<>();
            completed = finished(backend.start(request(validation()), seen::add));
            completedEvents = List.copyOf(seen);
        }
        return completed;
    }

    @Test
    void theBestCandidateIsADerivedModelWithTheDatasSystemPromptAndKExamples() throws Exception {
        TrainingResult result = completedRun();

        TrainedArtifact.DerivedModelfile artifact = (TrainedArtifact.DerivedModelfile) result.artifact();
        assertThat(artifact.weightsChanged()).isFalse();
        assertThat(artifact.system()).isEqualTo(SYSTEM);
        assertThat(artifact.messages()).hasSize(4).extracting(ChatMessage::role)
                .containsExactly(ChatMessage.USER, ChatMessage.ASSISTANT, ChatMessage.USER, ChatMessage.ASSISTANT);
        assertThat(result.scoreName()).isEqualTo("validation_accuracy");
    }

    @Test
    void theBaseAndTheBestCandidateAreMeasuredAndEachCandidateIsAStep() throws Exception {
        TrainingResult result = completedRun();
        List<TrainerEvent> events = completedEvents;

        List<TrainerEvent.Step> steps = events.stream().filter(TrainerEvent.Step.class::isInstance)
                .map(TrainerEvent.Step.class::cast).toList();
        assertThat(steps).extracting(TrainerEvent.Step::step).containsExactly(1, 2, 3);
        assertThat(steps).allSatisfy(s -> assertThat(s.loss()).isEqualTo(1 - s.accuracy()));
        assertThat(result.base().model()).isEqualTo(TrainerEvent.Evaluation.BASE);
        assertThat(result.base().accuracy()).isBetween(0.0, 1.0);
        assertThat(result.base().tokens()).isPositive();
        assertThat(result.tuned().accuracy())
                .isEqualTo(steps.stream().mapToDouble(TrainerEvent.Step::accuracy).max().orElseThrow());
        assertThat(events).contains(result.base(), result.tuned());
    }

    @Test
    void theLogsSayThatNoWeightsChange() throws Exception {
        completedRun();

        assertThat(completedEvents).filteredOn(TrainerEvent.Log.class::isInstance).map(e -> ((TrainerEvent.Log) e).message())
                .anyMatch(m -> m.contains("changes no weights"));
    }

    @Test
    void aCancelledRunStopsBetweenAnswersWithCancelled() throws Exception {
        TrainingRun run = backend.start(request(validation()), events::add);
        run.cancel();

        assertThatThrownBy(() -> finished(run)).hasCauseInstanceOf(TrainingFailedException.class)
                .cause().extracting(e -> ((TrainingFailedException) e).code()).isEqualTo(TrainingFailedException.CANCELLED);
    }

    @Test
    void anEmptyValidationSplitFailsWithNotEnoughData() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");

        assertThatThrownBy(() -> finished(backend.start(request(empty), events::add)))
                .cause().extracting(e -> ((TrainingFailedException) e).code()).isEqualTo("NOT_ENOUGH_DATA");
    }

    private TrainingRequest request(Path validation) throws Exception {
        Path train = ChatData.write(dir.resolve("train.jsonl"), List.of(capital(SYSTEM, "France", "Paris"),
                capital(SYSTEM, "Italy", "Rome"), capital(SYSTEM, "Spain", "Madrid"), capital(SYSTEM, "Peru", "Lima"),
                capital(SYSTEM, "Japan", "Tokyo"), capital(SYSTEM, "Egypt", "Cairo")));
        return new TrainingRequest("job-modelfile", base, new PreparedDataset(train, validation, null), SETTINGS, dir);
    }

    private Path validation() throws Exception {
        return ChatData.write(dir.resolve("validation.jsonl"), List.of(capital(SYSTEM, "Germany", "Berlin"),
                capital(SYSTEM, "Greece", "Athens"), capital(SYSTEM, "Kenya", "Nairobi")));
    }

    private static TrainingResult finished(TrainingRun run) throws ExecutionException, InterruptedException,
            java.util.concurrent.TimeoutException {
        return run.completion().toCompletableFuture().get(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }
}
