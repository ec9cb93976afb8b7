package io.oeml.finetune.backend.external;

import static io.oeml.finetune.backend.TrainingFixtures.base;
import static io.oeml.finetune.backend.TrainingFixtures.efficient;
import static io.oeml.finetune.backend.TrainingFixtures.request;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.oeml.finetune.backend.BaseNotTrainableException;
import io.oeml.finetune.backend.TrainedArtifact;
import io.oeml.finetune.backend.TrainingFailedException;
import io.oeml.finetune.backend.TrainingResult;
import io.oeml.finetune.backend.TrainingRun;
import io.oeml.finetune.backend.process.ArtifactFiles;
import io.oeml.finetune.backend.process.TestTrainerConfig;
import io.oeml.finetune.backend.process.TrainerProcess;
import io.oeml.finetune.backend.process.TrainerScripts;
import io.oeml.finetune.trainer.TrainerEvent;

/** The external backend with a scripted trainer in place of a GPU LoRA trainer. */
class ExternalBackendTest {

    @TempDir
    Path dir;

    private Path weights;
    private Path train;
    private Path val;
    private final List<TrainerEvent> events = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void setUp() throws IOException {
        weights = Files.writeString(dir.resolve("base.gguf"), "GGUF");
        train = Files.copy(TrainerScripts.resource("training/capitals-train.jsonl"), dir.resolve("train.jsonl"));
        val = Files.copy(TrainerScripts.resource("training/capitals-val.jsonl"), dir.resolve("val.jsonl"));
    }

    @Test
    void withoutAConfiguredCommandEveryBaseIsRefused() {
        ExternalBackend unconfigured = new ExternalBackend(TestTrainerConfig.defaults());

        BaseNotTrainableException refused = assertThrows(BaseNotTrainableException.class,
                () -> unconfigured.checkTrainable(base("llama", weights)));
        assertTrue(refused.getMessage().contains("oeml.finetune-trainer.external-command"), refused.getMessage());
    }

    @Test
    void withoutAConfiguredCommandARunFailsAsTrainerUnavailable() {
        TrainingRun run = new ExternalBackend(TestTrainerConfig.defaults())
                .start(request(base("llama", weights), efficient(), train, val, dir), events::add);

        assertEquals(TrainerProcess.TRAINER_UNAVAILABLE, failure(run).code());
    }

    @Test
    void aConfiguredCommandAcceptsAnyArchitecture() {
        assertDoesNotThrow(() -> backend("gguf").checkTrainable(base("gemma3", weights)));
    }

    @Test
    void placeholdersAreFilledWithTheRequestsFilesAndHyperparameters() throws Exception {
        await(backend("gguf").start(request(base("llama", weights), efficient(), train, val, dir), events::add));

        assertTrue(events.contains(new TrainerEvent.Log("info", "learning_rate 2e-05 model " + weights)),
                events.toString());
    }

    @Test
    void aGgufArtifactBecomesAGgufModel() throws Exception {
        TrainingResult result = await(backend("gguf")
                .start(request(base("llama", weights), efficient(), train, val, dir), events::add));

        assertEquals(new TrainedArtifact.GgufModel(dir.resolve("output"), "F16", 64), result.artifact());
        assertEquals("validation_loss", result.scoreName());
        assertTrue(result.tuned().loss() < result.base().loss());
    }

    @Test
    void anAdapterArtifactBecomesAnAdapter() throws Exception {
        TrainingResult result = await(backend("adapter")
                .start(request(base("llama", weights), efficient(), train, val, dir), events::add));

        assertEquals(new TrainedArtifact.Adapter(dir.resolve("output"), 128), result.artifact());
    }

    @Test
    void anArtifactOfAnotherFormatFailsTheRun() {
        TrainingRun run = backend("onnx").start(request(base("llama", weights), efficient(), train, val, dir),
                events::add);

        assertEquals(ArtifactFiles.ARTIFACT_INVALID, failure(run).code());
    }

    private ExternalBackend backend(String format) {
        List<String> command = TrainerScripts.python("external-trainer.py", "--model", "{model}", "--train", "{train}",
                "--val", "{val}", "--out", "{out}", "--hyperparameters", "{hyperparameters}", "--format", format);
        return new ExternalBackend(TestTrainerConfig.defaults().withExternalCommand(command));
    }

    private static TrainingResult await(TrainingRun run) throws Exception {
        return run.completion().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }

    private static TrainingFailedException failure(TrainingRun run) {
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> run.completion().toCompletableFuture().get(60, TimeUnit.SECONDS));
        return assertInstanceOf(TrainingFailedException.class, e.getCause());
    }
}
