package io.oeml.finetune.job.service;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.finetune.backend.TrainingRun;

/** The training runs this replica is running, by job, so a cancel reaches the trainer at once. */
@ApplicationScoped
public class LocalRuns {

    private final Map<String, TrainingRun> runs = new ConcurrentHashMap<>();

    public void started(String jobId, TrainingRun run) {
        runs.put(jobId, run);
    }

    public void ended(String jobId) {
        runs.remove(jobId);
    }

    /** Stops the job's run if it runs here; false when it does not. */
    public boolean cancel(String jobId) {
        TrainingRun run = runs.get(jobId);
        if (run == null) {
            return false;
        }
        run.cancel();
        return true;
    }
}
