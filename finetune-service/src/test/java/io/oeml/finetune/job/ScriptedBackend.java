package io.oeml.finetune.job;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import io.oeml.finetune.backend.BackendName;
import io.oeml.finetune.backend.BaseModel;
import io.oeml.finetune.backend.BaseNotTrainableException;
import io.oeml.finetune.backend.TrainedArtifact;
import io.oeml.finetune.backend.TrainingBackend;
import io.oeml.finetune.backend.TrainingFailedException;
import io.oeml.finetune.backend.TrainingListener;
import io.oeml.finetune.backend.TrainingRequest;
import io.oeml.finetune.backend.TrainingResult;
import io.oeml.finetune.backend.TrainingRun;
import io.oeml.finetune.dataset.TokenCounter;
import io.oeml.finetune.trainer.TrainerEvent;

/**
 * The llama_cpp backend as a script of trainer events on a thread of its own: {@link #STEPS_PER_EPOCH} steps per
 * epoch of {@link #STEP_MILLIS} each, the epoch's loss {@code 0.9 / epoch} and accuracy 0.8, base and tuned
 * evaluations, an artifact. Trains llama bases only; cancel stops it before the next step.
 */
@Alternative
@ApplicationScoped
public class ScriptedBackend implements TrainingBackend {

    public static final int STEPS_PER_EPOCH = 2;
    public static final long STEP_MILLIS = 100;

    /** Runs started, by job. */
    private final Map<String, AtomicInteger> starts = new ConcurrentHashMap<>();
    /** Jobs whose run stopped on a cancel. */
    private final Map<String, Boolean> cancelled = new ConcurrentHashMap<>();

    public int starts(String jobId) {
        return starts.getOrDefault(jobId, new AtomicInteger()).get();
    }

    public boolean stoppedByCancel(String jobId) {
        return cancelled.containsKey(jobId);
    }

    @Override
    public BackendName name() {
        return BackendName.LLAMA_CPP;
    }

    @Override
    public void checkTrainable(BaseModel base) {
        if (!"llama".equals(base.architecture())) {
            throw new BaseNotTrainableException("llama_cpp cannot train " + base.architecture() + " models");
        }
    }

    @Override
    public Optional<TokenCounter> tokenCounter(BaseModel base) {
        return Optional.empty();
    }

    @Override
    public TrainingRun start(TrainingRequest request, TrainingListener listener) {
        starts.computeIfAbsent(request.jobId(), id -> new AtomicInteger()).incrementAndGet();
        Script script = new Script(request, listener);
        Thread thread = new Thread(script::run, "scripted-trainer-" + request.jobId());
        thread.setDaemon(true);
        thread.start();
        return script;
    }

    private final class Script implements TrainingRun {

        private final TrainingRequest request;
        private final TrainingListener listener;
        private final CompletableFuture<TrainingResult> done = new CompletableFuture<>();
        private volatile boolean cancel;

        Script(TrainingRequest request, TrainingListener listener) {
            this.request = request;
            this.listener = listener;
        }

        void run() {
            int epochs = request.hyperparameters().epochs();
            int total = epochs * STEPS_PER_EPOCH;
            try {
                listener.onEvent(new TrainerEvent.Phase("preparing", "loading the base"));
                listener.onEvent(new TrainerEvent.Plan(10, 9, 1, STEPS_PER_EPOCH, epochs, total, 256, 1200));
                listener.onEvent(new TrainerEvent.Phase("training", null));
                int step = 0;
                for (int epoch = 1; epoch <= epochs; epoch++) {
                    for (int i = 0; i < STEPS_PER_EPOCH; i++) {
                        if (cancel) {
                            cancelled.put(request.jobId(), true);
                            done.completeExceptionally(new TrainingFailedException(TrainingFailedException.CANCELLED,
                                    "cancelled"));
                            return;
                        }
                        Thread.sleep(STEP_MILLIS);
                        step++;
                        listener.onEvent(new TrainerEvent.Step(step, total, epoch, 0.9 / epoch, 0.8,
                                request.hyperparameters().learningRate(), 500, STEP_MILLIS / 1000.0));
                    }
                    listener.onEvent(new TrainerEvent.Epoch(epoch, epochs, 0.9 / epoch, 0.8, 1.0 / epoch, 0.75));
                }
                listener.onEvent(new TrainerEvent.Phase("evaluating", null));
                TrainerEvent.Evaluation base = new TrainerEvent.Evaluation("base", "validation", 2.0, 7.39, 0.4, 100);
                TrainerEvent.Evaluation tuned = new TrainerEvent.Evaluation("tuned", "validation", 1.0, 2.72, 0.75,
                        100);
                listener.onEvent(base);
                listener.onEvent(tuned);
                listener.onEvent(new TrainerEvent.Phase("saving", null));
                Path model = request.workDir().resolve("model.gguf");
                listener.onEvent(new TrainerEvent.Artifact(model.toString(), "gguf", "Q8_0", 1024, 256, true));
                done.complete(new TrainingResult(new TrainedArtifact.GgufModel(model, "Q8_0", 1024),
                        "validation_loss", base, tuned));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                done.completeExceptionally(new TrainingFailedException("TRAINER_CRASHED", "interrupted"));
            }
        }

        @Override
        public CompletionStage<TrainingResult> completion() {
            return done;
        }

        @Override
        public void cancel() {
            cancel = true;
        }
    }
}
