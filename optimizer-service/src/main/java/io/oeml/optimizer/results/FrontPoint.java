package io.oeml.optimizer.results;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A trial of the Pareto front: its minimised objective values, in the session's objective order. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FrontPoint(int trialNumber, List<Double> values, double overallScore) {

    public FrontPoint {
        values = List.copyOf(values);
    }
}
