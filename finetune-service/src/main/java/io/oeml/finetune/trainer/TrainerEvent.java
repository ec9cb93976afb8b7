package io.oeml.finetune.trainer;

/**
 * One line of the trainer protocol ({@code docs/trainer-protocol.md}), as every process backend reports progress.
 * Field names follow the protocol's snake_case JSON.
 */
public sealed interface TrainerEvent {

    /** A phase started: {@code preparing}, {@code training}, {@code evaluating} or {@code saving}. */
    record Phase(String phase, String message) implements TrainerEvent {
    }

    /** What training will do. */
    record Plan(long examples, int trainWindows, int valWindows, int stepsPerEpoch, int epochs, int totalSteps, int ctx,
            long tokens) implements TrainerEvent {
    }

    /** One optimizer step; loss and accuracy run over the epoch so far. */
    record Step(int step, int totalSteps, int epoch, double loss, double accuracy, double lr, double tokensPerSecond,
            double stepSeconds) implements TrainerEvent {
    }

    /** One epoch; validation figures are null without validation data. */
    record Epoch(int epoch, int epochs, double trainLoss, double trainAccuracy, Double valLoss, Double valAccuracy)
            implements TrainerEvent {
    }

    /** A forward-only measure of the {@code base} or {@code tuned} model on held-out windows. */
    record Evaluation(String model, String split, double loss, double perplexity, double accuracy, long tokens)
            implements TrainerEvent {

        public static final String BASE = "base";
        public static final String TUNED = "tuned";
    }

    /** The output is complete and repaired. */
    record Artifact(String path, String format, String quantization, long bytes, Integer contextLength,
            Boolean chatTemplate) implements TrainerEvent {
    }

    /** The trainer gives up; see the protocol's failure codes. */
    record Failure(String code, String message) implements TrainerEvent {
    }

    /** Anything worth showing in the job's logs. */
    record Log(String level, String message) implements TrainerEvent {
    }
}
