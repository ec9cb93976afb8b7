package io.oeml.optimizer.results;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.oeml.events.optimizer.TrialCompleted;
import io.oeml.events.optimizer.TrialFigures;

/**
 * A finished trial as the results read it.
 *
 * @param parameters the trial's options (searched and fixed), as sent
 * @param values the objective values the strategy minimised, one per session objective, in order
 * @param overallScore higher is better (the negated first value, see the service README)
 * @param figures what was measured on the host; null in an external session
 * @param hostId null in an external session
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ResultTrial(
        int number,
        Map<String, Object> parameters,
        List<Double> values,
        double overallScore,
        boolean feasible,
        TrialFigures figures,
        String hostId,
        Instant completedAt) {

    public ResultTrial {
        Objects.requireNonNull(parameters, "parameters");
        if (values == null || values.isEmpty() || values.stream().anyMatch(v -> v == null || !Double.isFinite(v))) {
            throw new IllegalArgumentException("trial " + number + " needs finite objective values, got " + values);
        }
        if (!Double.isFinite(overallScore)) {
            throw new IllegalArgumentException("trial " + number + " has no finite overall score: " + overallScore);
        }
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        values = List.copyOf(values);
    }

    /** The trial as its {@link TrialCompleted} event carried it. */
    public static ResultTrial of(TrialCompleted completed) {
        return new ResultTrial(completed.trialNumber(), completed.parameters(), completed.values(),
                completed.overallScore(), completed.feasible(), completed.figures(), completed.hostId(),
                completed.completedAt());
    }

    double[] valueArray() {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
