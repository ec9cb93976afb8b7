package io.oeml.estimator.memory;

import java.util.Set;

import io.oeml.estimator.model.Architecture;

/**
 * Which models era B runs in Ollama's own Go engine rather than llama.cpp: the architectures of
 * {@code KV.OllamaEngineRequired} (fs/ggml/ggml.go@v0.24.0). Everything else runs in the llama engine.
 */
public final class OllamaEngine {

    private static final Set<String> REQUIRED = Set.of("bert", "deepseek2", "deepseekocr", "gemma3", "gemma3n", "gemma4",
            "gptoss", "gpt-oss", "laguna", "llama4", "mistral3", "mllama", "nemotron_h", "nemotron_h_moe",
            "nemotron_h_omni", "nomic-bert", "olmo3", "qwen25vl", "qwen3", "qwen3moe", "qwen35", "qwen35moe", "qwen3next",
            "qwen3vl", "qwen3vlmoe", "glm4moelite", "glmocr", "lfm2", "lfm2moe");

    private OllamaEngine() {
    }

    public static boolean runs(Architecture arch) {
        return arch.name() != null && REQUIRED.contains(arch.name());
    }
}
