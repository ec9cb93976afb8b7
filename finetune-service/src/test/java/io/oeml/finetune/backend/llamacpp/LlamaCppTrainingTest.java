package io.oeml.finetune.backend.llamacpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.oeml.finetune.backend.BaseModel;
import io.oeml.finetune.backend.TrainedArtifact;
import io.oeml.finetune.backend.TrainingFailedException;
import io.oeml.finetune.backend.TrainingFixtures;
import io.oeml.finetune.backend.TrainingResult;
import io.oeml.finetune.backend.TrainingRun;
import io.oeml.finetune.backend.ollama.OllamaBaseModels;
import io.oeml.finetune.backend.process.TestTrainerConfig;
import io.oeml.finetune.backend.process.TrainerScripts;
import io.oeml.finetune.hyperparameters.Hyperparameters;
import io.oeml.finetune.trainer.TrainerEvent;
import io.oeml.infra.ollama.TinyModel;
import io.oeml.infra.testing.TestOllama;
import io.oeml.infra.testing.TestTrainer;
import io.oeml.ollama.client.OllamaClients;
import io.vertx.mutiny.core.Vertx;

/**
 * Real training: the real smollm2-135m from the project's own Ollama (its blob, found through {@code /api/show}),
 * one epoch of the 18 capitals pairs (6 held out) at ctx 256 with the real oeml-trainer ({@link TestTrainer#binary()}:
 * built from this checkout's {@code trainer/} once per machine, or {@code OEML_TRAINER_BINARY}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LlamaCppTrainingTest {

    private static final Duration RUN_BOUND = Duration.ofMinutes(30);

    @TempDir
    Path workDir;

    private Vertx vertx;
    private OllamaClients clients;
    private String binary;
    private BaseModel smollm2;

    @BeforeAll
    void findTrainer() {
        binary = TestTrainer.binary().toString();
        TestOllama ollama = TestOllama.get();
        assumeFalse(ollama.external(), "OLLAMA_BASE_URL is set: that host's blob store need not be readable here");
        vertx = Vertx.vertx();
        clients = new OllamaClients(vertx);
        smollm2 = new OllamaBaseModels(clients, TrainingFixtures.localHost(ollama.baseUrl()))
                .find("local", TinyModel.SMOLLM2_135M.name()).await().atMost(Duration.ofMinutes(2));
    }

    @AfterAll
    void close() {
        if (clients != null) {
            clients.close();
            vertx.closeAndAwait();
        }
    }

    @Test
    void oneEpochOnSmollm2LowersTheLossAndTheValidationLossBelowTheBase() throws Exception {
        Hyperparameters oneEpoch = new Hyperparameters("custom", 1e-4, 1, 1, 0, 256, 0.2, 42, 0.0, null);
        List<TrainerEvent> events = Collections.synchronizedList(new ArrayList<>());

        long started = System.nanoTime();
        TrainingRun run = startOnCapitals(workDir, oneEpoch, events);
        TrainingResult result = run.completion().toCompletableFuture().get(RUN_BOUND.toMinutes(), TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - started) / 1e9;
        assertNotNull(result.base(), "the 6 validation pairs fill one window: the base is measured on it");

        List<TrainerEvent.Step> steps = events.stream().filter(TrainerEvent.Step.class::isInstance)
                .map(TrainerEvent.Step.class::cast).toList();
        System.out.printf("real llama_cpp run: %.1f s, %d steps, %.1f s per step (mean of step_seconds), "
                + "loss %.3f -> %.3f, validation loss base %.3f -> tuned %.3f%n", seconds, steps.size(),
                steps.stream().mapToDouble(TrainerEvent.Step::stepSeconds).average().orElse(0),
                steps.get(0).loss(), steps.get(steps.size() - 1).loss(), result.base().loss(), result.tuned().loss());
        assertFalse(steps.isEmpty());
        assertTrue(steps.get(steps.size() - 1).loss() < steps.get(0).loss(), "the loss falls over the epoch");
        TrainedArtifact.GgufModel model = assertInstanceOf(TrainedArtifact.GgufModel.class, result.artifact());
        assertTrue(Files.size(model.path()) > 0);
        assertEquals("Q8_0", model.quantization());
        assertTrue(result.tuned().loss() < result.base().loss(), "tuned validation loss below the base's");
    }

    @Test
    void maxStepsEndsTheRealRunPartWayThroughAnEpoch() throws Exception {
        // 4 windows per epoch: 5 steps are one whole epoch and one window of the second; the third never starts.
        Hyperparameters fiveSteps = new Hyperparameters("custom", 1e-4, 1, 3, 0, 256, 0.2, 42, 0.0, 5);
        List<TrainerEvent> events = Collections.synchronizedList(new ArrayList<>());

        TrainingRun run = startOnCapitals(Files.createDirectories(workDir.resolve("capped")), fiveSteps, events);
        TrainingResult result = run.completion().toCompletableFuture().get(RUN_BOUND.toMinutes(), TimeUnit.MINUTES);

        assertEquals(List.of(5, 5, 5, 5, 5), events.stream().filter(TrainerEvent.Step.class::isInstance)
                .map(e -> ((TrainerEvent.Step) e).totalSteps()).toList());
        assertEquals(List.of("1/2", "2/2"), events.stream().filter(TrainerEvent.Epoch.class::isInstance)
                .map(TrainerEvent.Epoch.class::cast).map(e -> e.epoch() + "/" + e.epochs()).toList());
        assertInstanceOf(TrainedArtifact.GgufModel.class, result.artifact());
    }

    @Test
    void cancelDuringTrainingStopsTheRealTrainerWithinTheGracePeriod() throws Exception {
        Hyperparameters twoEpochs = new Hyperparameters("custom", 1e-4, 1, 2, 0, 256, 0.2, 42, 0.0, null);
        List<TrainerEvent> events = Collections.synchronizedList(new ArrayList<>());
        TrainingRun run = startOnCapitals(Files.createDirectories(workDir.resolve("cancelled")), twoEpochs, events);
        long deadline = System.nanoTime() + RUN_BOUND.toNanos();
        while (events.stream().noneMatch(TrainerEvent.Step.class::isInstance) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }

        long cancelled = System.nanoTime();
        run.cancel();
        ExecutionException stopped = assertThrows(ExecutionException.class,
                () -> run.completion().toCompletableFuture().get(2, TimeUnit.MINUTES));
        double seconds = (System.nanoTime() - cancelled) / 1e9;

        System.out.printf("real llama_cpp cancel: stopped %.1f s after cancel (grace 10 s): %s%n", seconds,
                stopped.getCause().getMessage());
        TrainingFailedException failure = assertInstanceOf(TrainingFailedException.class, stopped.getCause());
        assertEquals(TrainingFailedException.CANCELLED, failure.code());
        assertTrue(seconds < 60, "stopped within the grace period and a generous margin");
    }

    /** The real trainer on smollm2 over the capitals pairs (18 to train, 6 held out), copied into {@code dir}. */
    private TrainingRun startOnCapitals(Path dir, Hyperparameters hyperparameters, List<TrainerEvent> events)
            throws IOException {
        LlamaCppBackend backend = new LlamaCppBackend(TestTrainerConfig.defaults().withBinary(binary));
        backend.checkTrainable(smollm2);
        Path train = Files.copy(TrainerScripts.resource("training/capitals-train.jsonl"), dir.resolve("train.jsonl"));
        Path val = Files.copy(TrainerScripts.resource("training/capitals-val.jsonl"), dir.resolve("val.jsonl"));
        return backend.start(TrainingFixtures.request(smollm2, hyperparameters, train, val, dir), events::add);
    }
}
