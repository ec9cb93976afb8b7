package io.oeml.optimizer.results;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * How strongly one parameter of the space went with the overall score.
 *
 * @param statistic {@code spearman_rho} (numeric parameters) or {@code eta_squared} (categorical ones)
 * @param value ρ in [−1, 1] (positive: a higher value went with a higher score) or η² in [0, 1]; null when
 *     {@code note} says why it could not be computed
 * @param importance the share of the score's variation the parameter accounts for, comparable across both kinds:
 *     ρ² (of the ranks) or η²; null with {@code value}
 * @param pValue the chance of so strong an association with none in truth: the t test of ρ (n − 2 degrees of
 *     freedom) or the one-way ANOVA F test; null when it cannot be computed
 * @param trials how many trials carried a value for the parameter
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ParameterSensitivity(
        String parameter,
        String statistic,
        Double value,
        Double importance,
        Double pValue,
        int trials,
        String note) {

    public static final String SPEARMAN_RHO = "spearman_rho";
    public static final String ETA_SQUARED = "eta_squared";

    static ParameterSensitivity notComputed(String parameter, String statistic, int trials, String note) {
        return new ParameterSensitivity(parameter, statistic, null, null, null, trials, note);
    }
}
