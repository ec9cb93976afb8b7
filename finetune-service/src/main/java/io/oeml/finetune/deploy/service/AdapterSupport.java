package io.oeml.finetune.deploy.service;

import java.util.Optional;

import io.oeml.ollama.client.version.HostVersion;
import io.oeml.ollama.client.version.VersionRules;

/**
 * Whether a host's Ollama applies a GGUF LoRA adapter to a base (shared/reference/ollama.md §3.8 "Adapter rules"):
 * v0.6 to v0.29 run some architectures on Ollama's own engine, which refuses adapters ("loras are not yet
 * implemented"); the llama engine, and llama-server from v0.30, apply them to any architecture.
 */
final class AdapterSupport {

    private AdapterSupport() {
    }

    /** Why the adapter cannot be applied, or empty when it can. */
    static Optional<String> refusal(HostVersion host, String architecture) {
        boolean ownEngine = VersionRules.ollamaEngineArchitecture(architecture) && host.atLeast("0.6.0")
                && !host.atLeast("0.30.0");
        return ownEngine ? Optional.of("Ollama " + host.version().raw() + " runs " + architecture + " on its own "
                + "engine, which does not apply LoRA adapters (llama-server from v0.30 does); deploy a merged GGUF "
                + "model instead") : Optional.empty();
    }
}
