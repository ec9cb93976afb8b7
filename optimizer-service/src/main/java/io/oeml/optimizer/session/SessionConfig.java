package io.oeml.optimizer.session;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits and timing of optimization sessions (application.properties, environment variables named there). */
@ConfigMapping(prefix = "oeml.optimizer")
public interface SessionConfig {

    /** MAX_OPTIMIZATION_ITERATIONS: the most trials a session may ask for; more is a 400. */
    @WithDefault("100")
    int maxIterations();

    /** OPTIMIZATION_TIMEOUT_MINUTES: the longest a session may run, and its timeout when none is given. */
    @WithDefault("60")
    int timeoutMinutes();

    /** Trials of a session that names no max_iterations. */
    @WithDefault("20")
    int defaultIterations();

    /** Created or running sessions one owner may have at once; one more is a 429 SESSION_LIMIT. */
    @WithDefault("5")
    int maxActiveSessionsPerOwner();

    /** Trials one ask of an external session may hand out. */
    @WithDefault("32")
    int maxAskCount();

    /** Failed trials in a row after which an Ollama session fails. */
    @WithDefault("3")
    int maxConsecutiveFailures();

    Worker worker();

    /**
     * The {@code num_predict} every trial's prompt is sent with unless the session fixes it: without a cap, a sampled
     * answer may run to the context's end, and one rambling trial would cost minutes.
     */
    @WithDefault("256")
    int maxAnswerTokens();

    /** Each trial measures its own noise: the suite's first prompts run again after it (libs/evaluation NoisePlan). */
    Noise noise();

    interface Noise {

        /** How many of the suite's first prompts are repeated; 0 with {@link #repeats()} 0 measures no noise. */
        @WithDefault("2")
        int prompts();

        /** How many more times they run. */
        @WithDefault("1")
        int repeats();
    }

    /** The background runner of Ollama sessions. */
    interface Worker {

        /** Whether this replica runs Ollama sessions at all. */
        @WithDefault("true")
        boolean enabled();

        /** How long a claim on a running session lasts without renewal: a dead replica's sessions wait this long. */
        @WithDefault("60s")
        Duration lease();

        /** How often the holder renews its lease (well inside {@link #lease()}). */
        @WithDefault("15s")
        Duration renewEvery();

        /** Ollama sessions one replica runs at once (they mostly wait for Ollama). */
        @WithDefault("4")
        int maxSessions();

        /** How often a replica looks for a running session to claim, and for external sessions past their deadline. */
        @WithDefault("5s")
        Duration pollEvery();
    }
}
