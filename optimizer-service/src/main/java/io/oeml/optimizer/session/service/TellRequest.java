package io.oeml.optimizer.session.service;

import java.util.List;

/**
 * What a client measured for an asked trial of an external session: {@code value} for one objective or {@code values}
 * for several (minimised, in the session's objective order), and whether it met the client's own limits.
 */
public record TellRequest(Integer trialNumber, List<Double> values, Double value, Boolean feasible) {

    /** The values as the strategy is told them; @throws SessionException for a missing or non-finite one */
    double[] checkedValues() {
        if (trialNumber == null) {
            throw SessionException.invalid("trial_number", "is required");
        }
        if ((values == null || values.isEmpty()) == (value == null)) {
            throw SessionException.invalid("values", "send either value (one objective) or values (a list), not "
                    + (value == null ? "neither" : "both"));
        }
        List<Double> told = values != null && !values.isEmpty() ? values : List.of(value);
        for (Double v : told) {
            if (v == null || !Double.isFinite(v)) {
                throw SessionException.invalid("values", "must be finite numbers, not " + told);
            }
        }
        return told.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
