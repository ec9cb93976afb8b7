package io.oeml.finetune.backend;

import java.util.concurrent.CompletionStage;

/** A started run. */
public interface TrainingRun {

    /** Completes with the result, or exceptionally with {@link TrainingFailedException} (code CANCELLED after cancel). */
    CompletionStage<TrainingResult> completion();

    /** Stops the run within seconds (a process: TERM, then KILL after the grace period). Idempotent. */
    void cancel();
}
