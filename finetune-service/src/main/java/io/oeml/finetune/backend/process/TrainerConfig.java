package io.oeml.finetune.backend.process;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The trainer processes of the {@code llama_cpp} and {@code external} backends (application.properties). */
@ConfigMapping(prefix = "oeml.finetune-trainer")
public interface TrainerConfig {

    /** OEML_TRAINER_BINARY: the project's oeml-trainer; absent means {@code llama_cpp} refuses every base. */
    Optional<String> binary();

    /**
     * GGUF architectures llama_cpp trains. Only llama is known to train in the pinned ggml; gemma3 fails
     * ({@code unsupported glu op for backward pass: GEGLU}).
     */
    @WithDefault("llama")
    Set<String> trainableArchitectures();

    /** How long a cancelled trainer gets between SIGTERM and SIGKILL. */
    @WithDefault("10s")
    Duration gracePeriod();

    /** Quantization of the trained model: Q8_0, Q4_K_M, F16 or F32. */
    @WithDefault("Q8_0")
    String quantization();

    /** Threads the trainer uses; absent lets it choose (all cores). */
    Optional<Integer> threads();

    /** The longest {@code oeml-trainer count-tokens} may take over one dataset. */
    @WithDefault("10m")
    Duration countTokensTimeout();

    /** The last stderr lines kept for a failure message. */
    @WithDefault("40")
    int stderrTailLines();

    /**
     * OEML_EXTERNAL_TRAINER_COMMAND: program and arguments of the external backend, with placeholders
     * {@code {model}}, {@code {train}}, {@code {val}}, {@code {out}}, {@code {hyperparameters}} (a JSON object) and
     * {@code {work_dir}}; absent means {@code external} refuses every base.
     */
    Optional<List<String>> externalCommand();
}
