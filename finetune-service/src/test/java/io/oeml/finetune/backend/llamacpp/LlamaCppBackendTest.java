package io.oeml.finetune.backend.llamacpp;

import static io.oeml.finetune.backend.TrainingFixtures.base;
import static io.oeml.finetune.backend.TrainingFixtures.efficient;
import static io.oeml.finetune.backend.TrainingFixtures.request;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.oeml.finetune.backend.BaseModel;
import io.oeml.finetune.backend.BaseNotTrainableException;
import io.oeml.finetune.backend.TrainedArtifact;
import io.oeml.finetune.backend.TrainingFailedException;
import io.oeml.finetune.backend.TrainingResult;
import io.oeml.finetune.backend.TrainingRun;
import io.oeml.finetune.backend.process.TestTrainerConfig;
import io.oeml.finetune.backend.process.TrainerProcess;
import io.oeml.finetune.backend.process.TrainerScripts;
import io.oeml.finetune.dataset.TokenStatistics;
import io.oeml.finetune.hyperparameters.Hyperparameters;
import io.oeml.finetune.trainer.TrainerEvent;

/** The llama_cpp backend against a scripted stand-in for oeml-trainer (the real one: LlamaCppTrainingTest). */
class LlamaCppBackendTest {

    @TempDir
    Path dir;

    private Path weights;
    private Path train;
    private Path val;
    private LlamaCppBackend backend;
    private final List<TrainerEvent> events = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void setUp() throws IOException {
        weights = Files.writeString(dir.resolve("base.gguf"), "GGUF");
        train = Files.copy(TrainerScripts.resource("training/capitals-train.jsonl"), dir.resolve("train.jsonl"));
        val = Files.copy(TrainerScripts.resource("training/capitals-val.jsonl"), dir.resolve("val.jsonl"));
        Path fake = TrainerScripts.executable("fake-oeml-trainer.py", dir);
        backend = new LlamaCppBackend(TestTrainerConfig.defaults().withBinary(fake.toString()).withThreads(2));
    }

    @Test
    void aLlamaBaseWithReadableWeightsIsTrainable() {
        assertDoesNotThrow(() -> backend.checkTrainable(base("llama", weights)));
    }

    @Test
    void gemma3IsRefusedBecauseGegluHasNoBackwardPass() {
        BaseNotTrainableException refused = assertThrows(BaseNotTrainableException.class,
                () -> backend.checkTrainable(base("gemma3", weights)));

        assertTrue(refused.getMessage().contains("GEGLU has no backward pass"), refused.getMessage());
    }

    @Test
    void anArchitectureNotConfiguredTrainableIsRefused() {
        BaseNotTrainableException refused = assertThrows(BaseNotTrainableException.class,
                () -> backend.checkTrainable(base("qwen2", weights)));

        assertTrue(refused.getMessage().contains("only llama train"), refused.getMessage());
    }

    @Test
    void aBaseWhoseWeightsAreNotReachableIsRefused() {
        assertThrows(BaseNotTrainableException.class, () -> backend.checkTrainable(base("llama", null)));
    }

    @Test
    void everyBaseIsRefusedWithoutATrainerBinary() {
        LlamaCppBackend unconfigured = new LlamaCppBackend(TestTrainerConfig.defaults());

        BaseNotTrainableException refused = assertThrows(BaseNotTrainableException.class,
                () -> unconfigured.checkTrainable(base("llama", weights)));
        assertTrue(refused.getMessage().contains("OEML_TRAINER_BINARY"), refused.getMessage());
    }

    @Test
    void aMissingBinaryFailsTheRunAsTrainerUnavailable() {
        LlamaCppBackend missing = new LlamaCppBackend(
                TestTrainerConfig.defaults().withBinary(dir.resolve("gone/oeml-trainer").toString()));

        TrainingRun run = missing.start(request(base("llama", weights), efficient(), train, val, dir), events::add);

        assertEquals(TrainerProcess.TRAINER_UNAVAILABLE, failure(run).code());
    }

    @Test
    void hyperparametersBecomeTrainerFlags() throws Exception {
        await(backend.start(request(base("llama", weights), efficient(), train, val, dir), events::add));

        List<String> argv = trainerArgv();
        assertEquals("train", argv.get(0));
        assertFlag(argv, "--lr", "2.0E-5");
        assertFlag(argv, "--epochs", "2");
        assertFlag(argv, "--warmup-steps", "50");
        assertFlag(argv, "--ctx", "256");
        assertFlag(argv, "--seed", "42");
        assertFlag(argv, "--weight-decay", "0.0");
        assertFlag(argv, "--threads", "2");
    }

    @Test
    void theTrainedModelKeepsTheBaseContextAndChatTemplateAndIsQuantized() throws Exception {
        await(backend.start(request(base("llama", weights), efficient(), train, val, dir), events::add));

        List<String> argv = trainerArgv();
        assertFlag(argv, "--model", weights.toString());
        assertFlag(argv, "--context-length", "8192");
        assertFlag(argv, "--chat-template-from", weights.toString());
        assertFlag(argv, "--quantize", "Q8_0");
        assertFlag(argv, "--val", val.toString());
    }

    @Test
    void anEmptyValidationSplitIsNotPassed() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");

        await(backend.start(request(base("llama", weights), efficient(), train, empty, dir), events::add));

        assertFalse(trainerArgv().contains("--val"));
    }

    @Test
    void theJobLogSaysBatchSizeIsNotApplied() throws Exception {
        Hyperparameters batched = new Hyperparameters("custom", 1e-4, 4, 1, 0, 256, 0.1, 7, 0.0, null);

        await(backend.start(request(base("llama", weights), batched, train, val, dir), events::add));

        List<String> warnings = events.stream().filter(TrainerEvent.Log.class::isInstance)
                .map(TrainerEvent.Log.class::cast).filter(log -> log.level().equals("warn"))
                .map(TrainerEvent.Log::message).toList();
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("batch_size 4 is not applied")), warnings.toString());
    }

    @Test
    void maxStepsCapsTheTrainersSteps() throws Exception {
        Hyperparameters capped = new Hyperparameters("custom", 1e-4, 1, 3, 0, 256, 0.1, 7, 0.0, 10);

        await(backend.start(request(base("llama", weights), capped, train, val, dir), events::add));

        assertFlag(trainerArgv(), "--max-steps", "10");
    }

    @Test
    void withoutMaxStepsTheTrainerRunsWholeEpochs() throws Exception {
        await(backend.start(request(base("llama", weights), efficient(), train, val, dir), events::add));

        assertFalse(trainerArgv().contains("--max-steps"));
    }

    @Test
    void theResultIsTheQuantizedGgufWithBaseAndTunedValidationLoss() throws Exception {
        TrainingResult result = await(backend.start(request(base("llama", weights), efficient(), train, val, dir),
                events::add));

        TrainedArtifact.GgufModel model = assertInstanceOf(TrainedArtifact.GgufModel.class, result.artifact());
        assertEquals(dir.resolve("model.gguf"), model.path());
        assertEquals("Q8_0", model.quantization());
        assertEquals(Files.size(model.path()), model.bytes());
        assertEquals("validation_loss", result.scoreName());
        assertTrue(result.tuned().loss() < result.base().loss());
    }

    @Test
    void tokensAreCountedByTheTrainerWithTheBaseTokenizer() throws IOException {
        // The stand-in counts whitespace-separated words; the real trainer counts the base model's tokens.
        long words = Files.readAllLines(train).stream().mapToLong(line -> line.split("\\s+").length).sum();

        TokenStatistics statistics = backend.tokenCounter(base("llama", weights)).orElseThrow().count(train, 8192);

        assertEquals(words, statistics.tokens());
        assertTrue(statistics.measured());
        assertEquals("oeml-trainer count-tokens", statistics.method());
    }

    @Test
    void noTokenCounterWithoutReadableWeights() {
        assertTrue(backend.tokenCounter(base("llama", null)).isEmpty());
    }

    private List<String> trainerArgv() throws IOException {
        String message = events.stream().filter(TrainerEvent.Log.class::isInstance).map(TrainerEvent.Log.class::cast)
                .map(TrainerEvent.Log::message).filter(m -> m.startsWith("argv ")).findFirst().orElseThrow();
        return Arrays.asList(new ObjectMapper().readValue(message.substring(5), String[].class));
    }

    private static void assertFlag(List<String> argv, String flag, String value) {
        int at = argv.indexOf(flag);
        assertTrue(at >= 0, flag + " missing from " + argv);
        assertEquals(value, argv.get(at + 1), flag);
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
