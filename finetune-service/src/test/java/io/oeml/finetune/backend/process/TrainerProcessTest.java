package io.oeml.finetune.backend.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.oeml.finetune.backend.TrainedArtifact;
import io.oeml.finetune.backend.TrainingFailedException;
import io.oeml.finetune.backend.TrainingResult;
import io.oeml.finetune.backend.TrainingRun;
import io.oeml.finetune.trainer.TrainerEvent;

class TrainerProcessTest {

    /** Generous: the build machine is shared and Python starts slowly on it. */
    private static final long BOUND_SECONDS = 60;

    private static final TrainerProcess.ResultImport GGUF = (artifact, base, tuned) -> new TrainingResult(
            new TrainedArtifact.GgufModel(Path.of(artifact.path()), artifact.quantization(), artifact.bytes()),
            "validation_loss", base, tuned);

    @TempDir
    Path workDir;

    private final List<TrainerEvent> events = Collections.synchronizedList(new ArrayList<>());

    @Test
    void anArtifactLineAndExitZeroCompleteWithTheImportedResult() throws Exception {
        TrainingResult result = await(start(Duration.ofSeconds(10), 40,
                TrainerScripts.python("replay.py", recorded("doc-example-run.jsonl"), "0")));

        assertEquals(new TrainedArtifact.GgufModel(Path.of("model.gguf"), "Q8_0", 145_000_000L), result.artifact());
        assertEquals(1.31, result.base().loss());
        assertEquals(0.97, result.tuned().loss());
    }

    @Test
    void aReplayedRealRunCompletesWithItsMeasuredEvaluations() throws Exception {
        TrainingResult result = await(start(Duration.ofSeconds(10), 40, TrainerScripts.python("replay.py",
                recorded("oeml-trainer-6574658344aa-capitals.jsonl"), "0")));

        assertEquals(new TrainerEvent.Evaluation("base", "validation", 0.7071, 2.0281, 0.8711, 512), result.base());
        assertEquals(new TrainerEvent.Evaluation("tuned", "validation", 0.3647, 1.4401, 0.9258, 512), result.tuned());
        assertEquals(4, events.stream().filter(TrainerEvent.Step.class::isInstance).count());
    }

    @Test
    void everyProtocolLineReachesTheListenerInOrder() throws Exception {
        await(start(Duration.ofSeconds(10), 40, TrainerScripts.python("replay.py", recorded("doc-example-run.jsonl"), "0")));

        assertEquals(9, events.size());
        assertInstanceOf(TrainerEvent.Artifact.class, events.get(8));
    }

    @Test
    void aFailureLineFailsTheRunWithTheTrainersCode() {
        TrainingFailedException failure = failure(start(Duration.ofSeconds(10), 40,
                TrainerScripts.python("replay.py", recorded("doc-example-failure.jsonl"), "3")));

        assertEquals("UNSUPPORTED_ARCHITECTURE", failure.code());
        assertTrue(failure.getMessage().contains("GEGLU"));
    }

    @Test
    void aNonZeroExitWithoutAFailureLineIsACrashWithTheStderrTail() {
        TrainingFailedException failure = failure(start(Duration.ofSeconds(10), 40, TrainerScripts.python("replay.py",
                recorded("doc-example-run.jsonl"), "139", "ggml_abort: GGML_ASSERT(ok) failed")));

        assertEquals(TrainerProcess.TRAINER_CRASHED, failure.code());
        assertTrue(failure.getMessage().contains("exited with 139"));
        assertTrue(failure.getMessage().contains("GGML_ASSERT(ok) failed"));
    }

    @Test
    void exitZeroWithoutAnArtifactLineIsACrash() {
        // The recorded older prebuild reports its artifact with "kind" instead of "format": no artifact line to us.
        TrainingFailedException failure = failure(start(Duration.ofSeconds(10), 40,
                TrainerScripts.python("replay.py", recorded("prebuild-5891e639aa2f-capitals.jsonl"), "0")));

        assertEquals(TrainerProcess.TRAINER_CRASHED, failure.code());
        assertTrue(failure.getMessage().contains("without an artifact line"));
    }

    @Test
    void theStderrTailKeepsOnlyTheLastLines() {
        List<String> args = new ArrayList<>(List.of(recorded("doc-example-failure.jsonl").replace("failure", "run"), "1"));
        args.addAll(IntStream.rangeClosed(1, 100).mapToObj(i -> "stderr line " + i).toList());
        TrainingFailedException failure = failure(start(Duration.ofSeconds(10), 5,
                TrainerScripts.python("replay.py", args.toArray(String[]::new))));

        assertTrue(failure.getMessage().contains("stderr line 100"));
        assertTrue(failure.getMessage().contains("stderr line 96"));
        assertFalse(failure.getMessage().contains("stderr line 95\n"));
    }

    @Test
    void aProgramThatCannotStartIsTrainerUnavailable() {
        TrainingFailedException failure = failure(start(Duration.ofSeconds(10), 40,
                List.of(workDir.resolve("no-such-trainer").toString())));

        assertEquals(TrainerProcess.TRAINER_UNAVAILABLE, failure.code());
    }

    @Test
    void aListenerThatThrowsDoesNotStopTheRun() throws Exception {
        TrainingRun run = TrainerProcess.start(new TrainerProcess.Launch("job-listener",
                TrainerScripts.python("replay.py", recorded("doc-example-run.jsonl"), "0"), workDir,
                Duration.ofSeconds(10), 40), event -> {
                    throw new IllegalStateException("listener bug");
                }, GGUF);

        assertEquals("Q8_0", ((TrainedArtifact.GgufModel) await(run).artifact()).quantization());
    }

    @Test
    void cancelStopsATrainerThatHonoursSigtermBeforeTheGracePeriodEnds() throws Exception {
        TrainingRun run = start(Duration.ofSeconds(30), 40, TrainerScripts.python("honours-cancel.py"));
        awaitFirstStep();

        long cancelled = System.nanoTime();
        run.cancel();
        TrainingFailedException failure = failure(run);
        long stoppedMillis = (System.nanoTime() - cancelled) / 1_000_000;

        System.out.printf("honoured SIGTERM: stopped %d ms after cancel (grace 30 s)%n", stoppedMillis);
        assertEquals(TrainingFailedException.CANCELLED, failure.code());
        assertTrue(failure.getMessage().contains("exit code 130"), failure.getMessage());
        assertTrue(stoppedMillis < 30_000, "stopped by SIGTERM, not by the SIGKILL after the grace period");
    }

    @Test
    void cancelKillsATrainerThatIgnoresSigtermAfterTheGracePeriod() throws Exception {
        TrainingRun run = start(Duration.ofSeconds(1), 40, TrainerScripts.python("ignores-term.py"));
        awaitFirstStep();

        long cancelled = System.nanoTime();
        run.cancel();
        TrainingFailedException failure = failure(run);
        long stoppedMillis = (System.nanoTime() - cancelled) / 1_000_000;

        System.out.printf("ignored SIGTERM: killed %d ms after cancel (grace 1 s)%n", stoppedMillis);
        assertEquals(TrainingFailedException.CANCELLED, failure.code());
        assertTrue(failure.getMessage().contains("exit code 137"), failure.getMessage());
        assertTrue(stoppedMillis >= 1_000, "SIGKILL waits for the grace period");
    }

    @Test
    void cancelTwiceIsHarmless() {
        TrainingRun run = start(Duration.ofSeconds(30), 40, TrainerScripts.python("honours-cancel.py"));
        awaitFirstStep();

        run.cancel();
        run.cancel();

        assertEquals(TrainingFailedException.CANCELLED, failure(run).code());
    }

    private TrainingRun start(Duration grace, int tailLines, List<String> command) {
        return TrainerProcess.start(new TrainerProcess.Launch("job-test", command, workDir, grace, tailLines),
                events::add, GGUF);
    }

    private void awaitFirstStep() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BOUND_SECONDS);
        while (events.stream().noneMatch(TrainerEvent.Step.class::isInstance)) {
            assertTrue(System.nanoTime() < deadline, "no step within " + BOUND_SECONDS + " s");
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String recorded(String name) {
        return TrainerScripts.recorded(name).toString();
    }

    private static TrainingResult await(TrainingRun run) throws Exception {
        return run.completion().toCompletableFuture().get(BOUND_SECONDS, TimeUnit.SECONDS);
    }

    private static TrainingFailedException failure(TrainingRun run) {
        CompletableFuture<TrainingResult> completion = run.completion().toCompletableFuture();
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> completion.get(BOUND_SECONDS, TimeUnit.SECONDS));
        return assertInstanceOf(TrainingFailedException.class, e.getCause());
    }
}
