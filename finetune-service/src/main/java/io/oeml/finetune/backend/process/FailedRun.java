package io.oeml.finetune.backend.process;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import io.oeml.finetune.backend.TrainingFailedException;
import io.oeml.finetune.backend.TrainingResult;
import io.oeml.finetune.backend.TrainingRun;

/** A run that failed before a trainer could start (no binary, no command): nothing to cancel. */
public record FailedRun(TrainingFailedException failure) implements TrainingRun {

    public static FailedRun of(String code, String message) {
        return new FailedRun(new TrainingFailedException(code, message));
    }

    @Override
    public CompletionStage<TrainingResult> completion() {
        return CompletableFuture.failedFuture(failure);
    }

    @Override
    public void cancel() {
        // nothing runs
    }
}
