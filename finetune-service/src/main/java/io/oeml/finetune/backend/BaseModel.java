package io.oeml.finetune.backend;

import java.nio.file.Path;
import java.util.List;

/**
 * A base model as the Ollama host describes it ({@code /api/show}).
 *
 * @param host the host id the model is on ({@code local} for the configured Ollama)
 * @param architecture GGUF {@code general.architecture}, e.g. {@code llama}, {@code gemma3}
 * @param template the model's chat template (Go template, as Ollama keeps it), carried over to the tuned model
 * @param stop the {@code stop} parameters, carried over
 * @param weights the GGUF file readable from this machine (the host's blob store or a configured file); null when
 *                the host's store is not reachable from here
 */
public record BaseModel(
        String name,
        String host,
        String architecture,
        int contextLength,
        String template,
        List<String> stop,
        String system,
        Path weights,
        String parameterSize,
        String quantization) {
}
