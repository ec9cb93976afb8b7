package io.oeml.finetune.backend.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.jboss.logging.Logger;

import io.oeml.finetune.backend.TrainingFailedException;
import io.oeml.finetune.backend.TrainingListener;
import io.oeml.finetune.backend.TrainingResult;
import io.oeml.finetune.backend.TrainingRun;
import io.oeml.finetune.trainer.TrainerEvent;

/**
 * A trainer running as a child process that speaks the trainer protocol: stdout is read line by line on its own
 * thread and every protocol message goes to the listener; stderr is kept as a bounded tail for failure messages.
 * The run completes with the imported result after an {@code artifact} line and exit 0, with the trainer's own code
 * after a {@code failure} line, with {@link #TRAINER_CRASHED} for an exit without either, and with
 * {@code CANCELLED} after {@link #cancel()} (SIGTERM to the process tree, then SIGKILL after the grace period).
 */
public final class TrainerProcess implements TrainingRun {

    /** The process ended without a failure line, or exited non-zero after an artifact. */
    public static final String TRAINER_CRASHED = "TRAINER_CRASHED";
    /** The trainer program is not configured, missing or cannot be started. */
    public static final String TRAINER_UNAVAILABLE = "TRAINER_UNAVAILABLE";

    private static final long STDERR_DRAIN_MILLIS = 2_000;

    private static final Logger LOG = Logger.getLogger(TrainerProcess.class);

    /** What a backend makes of a finished run: the artifact line and the two evaluations (null when not printed). */
    @FunctionalInterface
    public interface ResultImport {
        TrainingResult toResult(TrainerEvent.Artifact artifact, TrainerEvent.Evaluation base,
                TrainerEvent.Evaluation tuned);
    }

    /**
     * @param name who the process trains for, in thread names and log lines (the job id)
     * @param command program first
     */
    public record Launch(String name, List<String> command, Path workDir, Duration gracePeriod, int stderrTailLines) {
        public Launch {
            command = List.copyOf(command);
        }
    }

    private final Launch launch;
    private final Process process;
    private final TrainingListener listener;
    private final ResultImport results;
    private final StderrTail stderr;
    private final CompletableFuture<TrainingResult> completion = new CompletableFuture<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();

    private Thread stderrReader;
    private volatile TrainerEvent.Artifact artifact;
    private volatile TrainerEvent.Failure failure;
    private volatile TrainerEvent.Evaluation baseEvaluation;
    private volatile TrainerEvent.Evaluation tunedEvaluation;

    private TrainerProcess(Launch launch, Process process, TrainingListener listener, ResultImport results) {
        this.launch = launch;
        this.process = process;
        this.listener = listener;
        this.results = results;
        this.stderr = new StderrTail(launch.stderrTailLines());
    }

    /**
     * Starts the process; a program that cannot be started gives a run already failed with TRAINER_UNAVAILABLE. The
     * trainer's guard against orphans (PR_SET_PDEATHSIG) fires when the <em>thread</em> that forked it ends, not the
     * process: so the trainer is started by the thread that then reads its stdout until it exits, never by a pool
     * thread that may retire in the middle of a run.
     */
    public static TrainingRun start(Launch launch, TrainingListener listener, ResultImport results) {
        CompletableFuture<TrainerProcess> started = new CompletableFuture<>();
        Thread owner = new Thread(() -> {
            Process process;
            try {
                process = new ProcessBuilder(launch.command()).directory(launch.workDir().toFile()).start();
            } catch (IOException e) {
                started.completeExceptionally(e);
                return;
            }
            closeStdin(process);
            TrainerProcess run = new TrainerProcess(launch, process, listener, results);
            LOG.infof("%s: trainer started (pid %d): %s", launch.name(), process.pid(),
                    String.join(" ", launch.command()));
            run.readStderr();
            started.complete(run);
            run.readStdoutUntilExit();
        }, "trainer-" + launch.name() + "-stdout");
        owner.setDaemon(true);
        owner.start();
        try {
            return started.join();
        } catch (CompletionException e) {
            return FailedRun.of(TRAINER_UNAVAILABLE,
                    "trainer " + launch.command().get(0) + " could not be started: " + e.getCause().getMessage());
        }
    }

    @Override
    public CompletionStage<TrainingResult> completion() {
        return completion;
    }

    @Override
    public void cancel() {
        if (!cancelled.compareAndSet(false, true) || !process.isAlive()) {
            return;
        }
        // The tree is taken now: once the trainer dies its children are re-parented and no longer its descendants.
        List<ProcessHandle> tree = process.descendants().toList();
        LOG.infof("%s: cancel: SIGTERM to trainer pid %d and its %d descendants, SIGKILL after %s", launch.name(),
                process.pid(), tree.size(), launch.gracePeriod());
        // The whole tree: a wrapper (a shell, a pyenv shim) may not pass the signal on to the real trainer.
        // Through the handle: Process.destroy() also closes our end of the pipes, and a trainer that then writes its
        // CANCELLED line dies of SIGPIPE (or Python's BrokenPipeError) instead of stopping cleanly.
        tree.forEach(ProcessHandle::destroy);
        process.toHandle().destroy();
        CompletableFuture.delayedExecutor(launch.gracePeriod().toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
            if (process.isAlive()) {
                LOG.warnf("%s: trainer pid %d ignored SIGTERM for %s: SIGKILL", launch.name(), process.pid(),
                        launch.gracePeriod());
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.toHandle().destroyForcibly();
            }
            tree.forEach(ProcessHandle::destroyForcibly);
        });
    }

    private void readStderr() {
        stderrReader = thread("stderr", () -> readLines(process.getErrorStream(), line -> {
            stderr.add(line);
            LOG.debugf("%s: trainer stderr: %s", launch.name(), line);
        }));
        stderrReader.start();
    }

    private void readStdoutUntilExit() {
        TrainerLines lines = new TrainerLines(launch.name() + " trainer");
        readLines(process.getInputStream(), line -> lines.parse(line).ifPresent(this::accept));
        resolve(awaitExit());
    }

    private void accept(TrainerEvent event) {
        if (event instanceof TrainerEvent.Artifact a) {
            artifact = a;
        } else if (event instanceof TrainerEvent.Failure f) {
            failure = f;
        } else if (event instanceof TrainerEvent.Evaluation e && TrainerEvent.Evaluation.BASE.equals(e.model())) {
            baseEvaluation = e;
        } else if (event instanceof TrainerEvent.Evaluation e && TrainerEvent.Evaluation.TUNED.equals(e.model())) {
            tunedEvaluation = e;
        }
        try {
            listener.onEvent(event);
        } catch (RuntimeException e) {
            LOG.warnf(e, "%s: listener failed on %s; the run goes on", launch.name(), event);
        }
    }

    /** The exit code, once stderr is read to its end too (bounded: a re-parented child may hold it open). */
    private int awaitExit() {
        try {
            int exit = process.waitFor();
            stderrReader.join(STDERR_DRAIN_MILLIS);
            return exit;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return -1;
        }
    }

    private void resolve(int exit) {
        LOG.infof("%s: trainer pid %d exited with %d", launch.name(), process.pid(), exit);
        if (cancelled.get()) {
            fail(TrainingFailedException.CANCELLED, "cancelled; the trainer stopped with exit code " + exit);
        } else if (failure != null) {
            fail(failure.code(), failure.message() == null ? "the trainer failed" : failure.message());
        } else if (exit == 0 && artifact != null) {
            try {
                completion.complete(results.toResult(artifact, baseEvaluation, tunedEvaluation));
            } catch (TrainingFailedException e) {
                completion.completeExceptionally(e);
            } catch (RuntimeException e) {
                fail(TRAINER_CRASHED, "the trainer's artifact could not be imported: " + e.getMessage());
            }
        } else {
            String missing = exit == 0 ? "exited 0 without an artifact line" : "exited with " + exit + " without a failure line";
            String tail = stderr.text();
            fail(TRAINER_CRASHED, "the trainer " + missing + (tail.isEmpty() ? "" : "; last stderr lines:\n" + tail));
        }
    }

    private void fail(String code, String message) {
        completion.completeExceptionally(new TrainingFailedException(code, message));
    }

    /** The protocol is stdout only; a closed stdin makes a trainer that reads it see EOF instead of hanging. */
    private static void closeStdin(Process process) {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            LOG.debugf("trainer stdin not closed: %s", e.getMessage());
        }
    }

    private Thread thread(String stream, Runnable body) {
        Thread thread = new Thread(body, "trainer-" + launch.name() + "-" + stream);
        thread.setDaemon(true);
        return thread;
    }

    private void readLines(InputStream in, Consumer<String> consumer) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                consumer.accept(line);
            }
        } catch (IOException e) {
            LOG.debugf("%s: trainer stream closed: %s", launch.name(), e.getMessage());
        }
    }
}
