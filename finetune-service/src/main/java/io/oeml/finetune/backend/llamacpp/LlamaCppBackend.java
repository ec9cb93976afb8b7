package io.oeml.finetune.backend.llamacpp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

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
import io.oeml.finetune.backend.process.ArtifactFiles;
import io.oeml.finetune.backend.process.FailedRun;
import io.oeml.finetune.backend.process.TrainerConfig;
import io.oeml.finetune.backend.process.TrainerProcess;
import io.oeml.finetune.dataset.TokenCounter;
import io.oeml.finetune.trainer.TrainerEvent;

/**
 * Real training of every weight on CPU with the project's {@code oeml-trainer} over llama.cpp's training API. The
 * trainer reads the base GGUF from the Ollama host's blob store, dequantizes it to F32, trains, restores the base's
 * context length and chat template and quantizes the result ({@code oeml.finetune-trainer.quantization}).
 */
@ApplicationScoped
public class LlamaCppBackend implements TrainingBackend {

    public static final String SCORE = "validation_loss";

    /** Why an architecture that llama.cpp loads still does not train, from real runs (real-models.md §4). */
    private static final Map<String, String> KNOWN_UNTRAINABLE = Map.of(
            "gemma3", "GEGLU has no backward pass in this ggml (unsupported glu op for backward pass: GEGLU)");

    private final TrainerConfig config;

    public LlamaCppBackend(TrainerConfig config) {
        this.config = config;
    }

    @Override
    public BackendName name() {
        return BackendName.LLAMA_CPP;
    }

    @Override
    public void checkTrainable(BaseModel base) {
        if (binary().isEmpty()) {
            throw new BaseNotTrainableException("llama_cpp is unavailable: " + unavailableReason());
        }
        String architecture = base.architecture();
        if (architecture == null || !config.trainableArchitectures().contains(architecture)) {
            String why = KNOWN_UNTRAINABLE.getOrDefault(architecture,
                    "only " + String.join(", ", config.trainableArchitectures()) + " train with llama_cpp here");
            throw new BaseNotTrainableException("llama_cpp cannot train " + base.name() + " (architecture "
                    + architecture + "): " + why);
        }
        if (base.weights() == null || !Files.isReadable(base.weights())) {
            throw new BaseNotTrainableException("llama_cpp cannot read the weights of " + base.name()
                    + (base.weights() == null ? ": the host's model store is not reachable from this machine"
                            : ": " + base.weights() + " is not readable"));
        }
    }

    @Override
    public Optional<TokenCounter> tokenCounter(BaseModel base) {
        if (base.weights() == null || !Files.isReadable(base.weights())) {
            return Optional.empty();
        }
        return binary().map(binary -> new TrainerTokenCounter(binary.toString(), base.weights(),
                config.countTokensTimeout()));
    }

    @Override
    public TrainingRun start(TrainingRequest request, TrainingListener listener) {
        Optional<Path> binary = binary();
        if (binary.isEmpty()) {
            return FailedRun.of(TrainerProcess.TRAINER_UNAVAILABLE, unavailableReason());
        }
        if (request.base().weights() == null) {
            return FailedRun.of("MODEL_UNREADABLE", "no readable weights for " + request.base().name());
        }
        TrainerFlags.notApplied(request.hyperparameters())
                .forEach(line -> listener.onEvent(new TrainerEvent.Log("warn", line)));
        TrainerProcess.Launch launch = new TrainerProcess.Launch(request.jobId(),
                TrainerFlags.train(binary.get().toString(), request, config), request.workDir(), config.gracePeriod(),
                config.stderrTailLines());
        return TrainerProcess.start(launch, listener, (artifact, base, tuned) -> result(request.workDir(), artifact,
                base, tuned));
    }

    private static TrainingResult result(Path workDir, TrainerEvent.Artifact artifact, TrainerEvent.Evaluation base,
            TrainerEvent.Evaluation tuned) {
        if (!"gguf".equals(artifact.format())) {
            throw new TrainingFailedException(ArtifactFiles.ARTIFACT_INVALID,
                    "oeml-trainer reported a " + artifact.format() + " artifact; llama_cpp produces whole GGUF models");
        }
        Path path = ArtifactFiles.existing(workDir, artifact);
        return new TrainingResult(new TrainedArtifact.GgufModel(path, artifact.quantization(), artifact.bytes()), SCORE,
                base, tuned);
    }

    /** The configured binary when it is an executable file. */
    private Optional<Path> binary() {
        return config.binary().map(Path::of).filter(Files::isExecutable);
    }

    private String unavailableReason() {
        return config.binary().map(b -> "oeml-trainer " + b + " is not an executable file")
                .orElse("no oeml-trainer configured (oeml.finetune-trainer.binary, OEML_TRAINER_BINARY)");
    }
}
