package io.oeml.finetune.deploy.service;

import java.util.List;

import io.oeml.finetune.backend.BaseModel;
import io.oeml.finetune.backend.TrainedArtifact;
import io.oeml.finetune.dataset.ChatMessage;
import io.oeml.finetune.deploy.DeploymentFailedException;
import io.oeml.ollama.client.OllamaClient;
import io.oeml.ollama.client.generate.Message;
import io.oeml.ollama.client.model.CreateRequest;
import io.smallrye.mutiny.Uni;

/** The {@code /api/create} body for each kind of artifact, with its file uploaded as a blob first. */
final class CreateRequests {

    static final String MODEL_FILE = "model.gguf";
    static final String ADAPTER_FILE = "adapter.gguf";

    private CreateRequests() {
    }

    static Uni<CreateRequest> of(OllamaClient ollama, String model, BaseModel base, TrainedArtifact artifact) {
        if (artifact instanceof TrainedArtifact.GgufModel gguf) {
            // A new model from its own weights: the base's chat template and stop words keep it answering as the
            // base did (the GGUF's embedded template alone is not always what Ollama autodetects).
            return ollama.uploadBlob(gguf.path()).map(blob -> {
                CreateRequest.Builder create = CreateRequest.builder(model).file(MODEL_FILE, blob.digest())
                        .template(base.template()).system(base.system());
                stopOf(base, create);
                return create.build();
            });
        }
        if (artifact instanceof TrainedArtifact.Adapter adapter) {
            return ollama.version().flatMap(version -> {
                var refusal = AdapterSupport.refusal(version, base.architecture());
                if (refusal.isPresent()) {
                    return Uni.createFrom().failure(new DeploymentFailedException(
                            DeploymentFailedException.ADAPTER_UNSUPPORTED, refusal.get()));
                }
                return ollama.uploadBlob(adapter.path()).map(blob -> CreateRequest.builder(model).from(base.name())
                        .adapter(ADAPTER_FILE, blob.digest()).build());
            });
        }
        TrainedArtifact.DerivedModelfile derived = (TrainedArtifact.DerivedModelfile) artifact;
        // `from` keeps the base's template and parameters; the derived model's own ones are merged over them.
        CreateRequest.Builder create = CreateRequest.builder(model).from(base.name()).system(derived.system())
                .messages(messages(derived.messages()));
        if (derived.parameters() != null) {
            derived.parameters().forEach(create::parameter);
        }
        return Uni.createFrom().item(create.build());
    }

    private static void stopOf(BaseModel base, CreateRequest.Builder create) {
        if (base.stop() != null && !base.stop().isEmpty()) {
            create.parameter("stop", List.copyOf(base.stop()));
        }
    }

    private static List<Message> messages(List<ChatMessage> messages) {
        if (messages == null || messages.isEmpty()) {
            return null;
        }
        return messages.stream().map(m -> new Message(m.role(), m.content(), null, null, null, null, null)).toList();
    }
}
