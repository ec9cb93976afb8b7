package io.oeml.finetune.dataset.rest;

import java.util.Map;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Datasets tested without Ollama: base models from {@link FixedBaseModels}. Bodies over 1M meet the router's limit,
 * files over 64K (application.properties, test profile) the store's.
 */
public class DatasetDoublesProfile implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(FixedBaseModels.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.http.limits.max-body-size", "1M",
                "oeml.http.body-limits.routes.datasets.max-size", "1M");
    }
}
