package io.oeml.optimizer.session;

import java.util.Set;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Sessions tested without Ollama: the host planner and the trial evaluations replaced by the test doubles
 * {@link TwoHostTestPlanner} and {@link TemperatureQualityTestEvaluations}; every other test runs the real ones.
 */
public class HostDoublesProfile implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(TwoHostTestPlanner.class, TemperatureQualityTestEvaluations.class);
    }
}
