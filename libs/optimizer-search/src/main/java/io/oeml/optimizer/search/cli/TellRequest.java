package io.oeml.optimizer.search.cli;

import io.oeml.optimizer.search.strategy.Observation;

/** Tells the session a trial's minimised objective values; {@code feasible} is true when absent. */
public record TellRequest(Integer trial, double[] values, Boolean feasible) implements DriverRequest {

    @Override
    public DriverAnswer applyTo(DriverSession session) {
        return session.tell(trialNumber(), observation());
    }

    int trialNumber() {
        if (trial == null) {
            throw new IllegalArgumentException("tell needs a trial number");
        }
        return trial;
    }

    Observation observation() {
        return new Observation(values, feasible == null || feasible);
    }
}
