package io.oeml.finetune.backend;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.oeml.finetune.dataset.ChatMessage;

/** What a run produced, for deployment into Ollama. */
public sealed interface TrainedArtifact {

    /** False when only prompts and parameters changed. */
    boolean weightsChanged();

    /** A whole model with trained weights, repaired (context length, chat template) and quantized. */
    record GgufModel(Path path, String quantization, long bytes) implements TrainedArtifact {
        @Override
        public boolean weightsChanged() {
            return true;
        }
    }

    /** A LoRA adapter for the base (Ollama {@code /api/create} {@code adapters}). */
    record Adapter(Path path, long bytes) implements TrainedArtifact {
        @Override
        public boolean weightsChanged() {
            return true;
        }
    }

    /** A derived model: the base with a system prompt, few-shot messages and parameters. */
    record DerivedModelfile(String system, List<ChatMessage> messages, Map<String, Object> parameters)
            implements TrainedArtifact {
        @Override
        public boolean weightsChanged() {
            return false;
        }
    }
}
