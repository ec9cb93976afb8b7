package io.oeml.finetune.evaluation;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How models answer the validation split when their answers are scored (the modelfile backend, deployment). */
@ConfigMapping(prefix = "oeml.finetune-answers")
public interface AnswersConfig {

    /** Longest answer generated per validation example. */
    @WithDefault("48")
    int numPredict();

    /** Bound on one validation answer, model load included. */
    @WithDefault("60s")
    Duration timeout();

    /** Validation examples scored at most (the first ones of the split), which bounds the time a comparison takes. */
    @WithDefault("50")
    int maxExamples();
}
