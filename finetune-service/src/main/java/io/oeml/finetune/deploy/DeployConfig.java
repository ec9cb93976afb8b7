package io.oeml.finetune.deploy;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Deployment into Ollama and the {@code modelfile} backend, which both ask the host for short answers. */
@ConfigMapping(prefix = "oeml.finetune-deploy")
public interface DeployConfig {

    Smoke smoke();

    Modelfile modelfile();

    /** The one prompt a new model must answer (non-empty) before its version is recorded. */
    interface Smoke {

        @WithDefault("Say hello in one short sentence.")
        String prompt();

        /** The whole smoke call, model load included (smollm2-135m loads in about 0.5 s on CPU). */
        @WithDefault("60s")
        Duration timeout();

        @WithDefault("24")
        int numPredict();
    }

    /** How the {@code modelfile} backend chooses its few-shot examples. */
    interface Modelfile {

        /** Few-shot examples (training conversations) per candidate. */
        @WithDefault("2")
        int k();

        /** Seeded subsets of the training data to score, besides the bare base. */
        @WithDefault("3")
        int candidates();

        /** The SYSTEM prompt when the training data has none, or not one and the same. */
        @WithDefault("You are a helpful assistant. Answer in the style of the examples.")
        String defaultSystem();
    }
}
