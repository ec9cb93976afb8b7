package io.oeml.finetune.backend.external;

import java.nio.file.Path;
import java.util.List;
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
 * A configured trainer command (e.g. {@code deploy/trainers/lora_trainer.py} on a GPU host) speaking the trainer
 * protocol, run and cancelled like oeml-trainer. It produces a GGUF model or a LoRA adapter; which architectures an
 * adapter can be deployed for is the deployment's rule (ollama.md), not this backend's.
 */
@ApplicationScoped
public class ExternalBackend implements TrainingBackend {

    public static final String SCORE = "validation_loss";

    private final TrainerConfig config;

    public ExternalBackend(TrainerConfig config) {
        this.config = config;
    }

    @Override
    public BackendName name() {
        return BackendName.EXTERNAL;
    }

    @Override
    public void checkTrainable(BaseModel base) {
        if (command().isEmpty()) {
            throw new BaseNotTrainableException(unavailableReason());
        }
    }

    @Override
    public Optional<TokenCounter> tokenCounter(BaseModel base) {
        return Optional.empty();
    }

    @Override
    public TrainingRun start(TrainingRequest request, TrainingListener listener) {
        Optional<List<String>> template = command();
        if (template.isEmpty()) {
            return FailedRun.of(TrainerProcess.TRAINER_UNAVAILABLE, unavailableReason());
        }
        TrainerProcess.Launch launch = new TrainerProcess.Launch(request.jobId(),
                ExternalCommand.of(template.get(), request), request.workDir(), config.gracePeriod(),
                config.stderrTailLines());
        return TrainerProcess.start(launch, listener, (artifact, base, tuned) -> new TrainingResult(
                artifact(request.workDir(), artifact), SCORE, base, tuned));
    }

    private static TrainedArtifact artifact(Path workDir, TrainerEvent.Artifact artifact) {
        if ("gguf".equals(artifact.format())) {
            return new TrainedArtifact.GgufModel(ArtifactFiles.existing(workDir, artifact), artifact.quantization(),
                    artifact.bytes());
        }
        if ("adapter".equals(artifact.format())) {
            return new TrainedArtifact.Adapter(ArtifactFiles.existing(workDir, artifact), artifact.bytes());
        }
        throw new TrainingFailedException(ArtifactFiles.ARTIFACT_INVALID, "the external trainer reported a "
                + artifact.format() + " artifact; only gguf and adapter can be deployed");
    }

    private Optional<List<String>> command() {
        return config.externalCommand().filter(command -> !command.isEmpty() && !command.get(0).isBlank());
    }

    private static String unavailableReason() {
        return "no external trainer is configured (oeml.finetune-trainer.external-command, "
                + "OEML_EXTERNAL_TRAINER_COMMAND): external trains only where a GPU trainer command is set up";
    }
}
