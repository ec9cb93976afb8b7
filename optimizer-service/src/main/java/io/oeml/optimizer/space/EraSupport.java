package io.oeml.optimizer.space;

import java.util.Optional;

import io.oeml.estimator.memory.OllamaEngine;
import io.oeml.estimator.model.Era;

/**
 * Which searched options a host's Ollama silently ignores (docs/ollama.md §4.1, "engine caveat"): before v0.30
 * (eras A and B) the Go Ollama engine, which runs gemma3, qwen3, llama4, mistral3, gpt-oss and others, sampled only
 * with temperature, top_k, top_p, min_p and seed, so repeat_penalty had no effect there. From v0.30 (era C)
 * llama-server receives every option.
 */
final class EraSupport {

    private EraSupport() {
    }

    /** Why the option has no effect for this model on this host, or empty when it is honoured. */
    static Optional<String> ignored(OllamaOption option, HostModelFacts facts) {
        if (option == OllamaOption.REPEAT_PENALTY && facts.era() != Era.C
                && OllamaEngine.runs(facts.model().architecture())) {
            return Optional.of("era " + facts.era() + " runs " + facts.model().architecture().name()
                    + " in the Ollama engine, which ignores repeat_penalty (honoured from v0.30)");
        }
        return Optional.empty();
    }
}
