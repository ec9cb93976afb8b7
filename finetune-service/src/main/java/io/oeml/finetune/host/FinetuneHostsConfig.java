package io.oeml.finetune.host;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The Ollama host jobs train for and deploy to. Trainers run on this service's machine and read the base weights
 * from the host's blob store (the path {@code /api/show}'s Modelfile names), so the host is the one beside the service.
 */
@ConfigMapping(prefix = "oeml.finetune-hosts")
public interface FinetuneHostsConfig {

    /** The host id jobs name ({@code local}). */
    @WithDefault("local")
    String localHost();

    /** {@code OLLAMA_BASE_URL}. */
    String localBaseUrl();
}
