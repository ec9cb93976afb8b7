package io.oeml.finetune.job;

import java.util.Map;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Jobs tested with doubles for the other parts' interfaces (datasets, base models, the llama_cpp backend,
 * deployment); real Postgres and Kafka. One running job per owner, room for many in total, three waiting per owner.
 */
public class JobDoublesProfile implements QuarkusTestProfile {

    public static final int WAITING_PER_OWNER = 3;

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(TestDatasets.class, TestBaseModels.class, ScriptedBackend.class, RecordingDeployment.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("oeml.finetune-jobs.limits.running-per-owner", "1",
                "oeml.finetune-jobs.limits.running-total", "50",
                "oeml.finetune-jobs.limits.waiting-per-owner", String.valueOf(WAITING_PER_OWNER),
                "oeml.finetune-jobs.worker.max-attempts", "3");
    }
}
