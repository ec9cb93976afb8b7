package io.oeml.finetune.backend.llamacpp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.oeml.finetune.backend.TrainingRequest;
import io.oeml.finetune.backend.process.TrainerConfig;
import io.oeml.finetune.hyperparameters.Hyperparameters;

/**
 * The {@code oeml-trainer train} command line of a request ({@code docs/trainer-protocol.md}). The seed's
 * {@code batch_size} has no flag: one optimizer step is one window of {@code --ctx} tokens (llama.cpp's training API
 * accumulates no gradients across windows), so {@link #notApplied} names it for the job's log.
 */
final class TrainerFlags {

    static final String OUTPUT = "model.gguf";

    private TrainerFlags() {
    }

    static List<String> train(String binary, TrainingRequest request, TrainerConfig config) {
        Hyperparameters h = request.hyperparameters();
        String weights = request.base().weights().toString();
        List<String> command = new ArrayList<>(List.of(binary, "train",
                "--model", weights,
                "--train", request.data().train().toString()));
        if (hasExamples(request.data().validation())) {
            command.addAll(List.of("--val", request.data().validation().toString()));
        }
        command.addAll(List.of(
                "--out", request.workDir().resolve(OUTPUT).toString(),
                "--ctx", Integer.toString(h.contextWindow()),
                "--epochs", Integer.toString(h.epochs()),
                "--lr", Double.toString(h.learningRate()),
                "--warmup-steps", Integer.toString(h.warmupSteps()),
                "--weight-decay", Double.toString(h.weightDecay()),
                "--seed", Long.toString(h.seed()),
                "--context-length", Integer.toString(request.base().contextLength()),
                "--chat-template-from", weights,
                "--quantize", config.quantization()));
        if (h.maxSteps() != null) {
            command.addAll(List.of("--max-steps", h.maxSteps().toString()));
        }
        config.threads().ifPresent(threads -> command.addAll(List.of("--threads", threads.toString())));
        return command;
    }

    /** The job log lines for the settings this backend does not apply, so nobody believes they took effect. */
    static List<String> notApplied(Hyperparameters h) {
        List<String> lines = new ArrayList<>();
        lines.add("batch_size " + h.batchSize() + " is not applied by llama_cpp: each optimizer step is one window of "
                + h.contextWindow() + " tokens (examples packed into it)");
        return lines;
    }

    private static boolean hasExamples(Path split) {
        try {
            return split != null && Files.size(split) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
