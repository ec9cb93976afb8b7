package io.oeml.finetune.job.service;

import java.nio.file.Path;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Fine-tuning jobs: defaults, limits and the worker's lease ({@code oeml.finetune-jobs.*}). */
@ConfigMapping(prefix = "oeml.finetune-jobs")
public interface FinetuneJobsConfig {

    /** The backend of a job whose form names none ({@code llama_cpp}). */
    @WithDefault("llama_cpp")
    String defaultBackend();

    /** Each job works under {@code <work-dir>/<job id>} ({@code ${FINE_TUNING_PATH}/jobs}). */
    Path workDir();

    Limits limits();

    Worker worker();

    interface Limits {
        /** Jobs of one owner in {@code training} at once; more wait in {@code queued}. */
        @WithDefault("1")
        int runningPerOwner();

        /** Jobs in {@code training} at once over every owner and replica. */
        @WithDefault("2")
        int runningTotal();

        /** Jobs of one owner waiting (pending, validating or queued); create beyond it is a 429. */
        @WithDefault("10")
        int waitingPerOwner();
    }

    interface Worker {
        @WithDefault("true")
        boolean enabled();

        /** How long a claim holds a job; renewed every {@link #renewEvery()} while the run lives. */
        @WithDefault("60s")
        Duration lease();

        @WithDefault("15s")
        Duration renewEvery();

        @WithDefault("5s")
        Duration pollEvery();

        /** How often a run's buffered metrics and log lines are written, in one transaction. */
        @WithDefault("2s")
        Duration flushEvery();

        /** Runs of a job's step (validating or training) before a lost worker fails it with WORKER_LOST. */
        @WithDefault("3")
        int maxAttempts();
    }
}
