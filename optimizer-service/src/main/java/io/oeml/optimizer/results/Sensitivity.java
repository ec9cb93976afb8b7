package io.oeml.optimizer.results;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Parameter sensitivity of a session: per parameter of its space, how strongly it went with the overall score over
 * the feasible trials, most important first.
 *
 * @param method the method, named: {@link #METHOD}
 * @param trials the feasible trials analysed
 * @param meaningful false with fewer than {@code minimumTrials} feasible trials: then {@code parameters} is empty
 * @param note why it is not meaningful; null when it is
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Sensitivity(
        String method,
        String description,
        int trials,
        int minimumTrials,
        boolean meaningful,
        String note,
        List<ParameterSensitivity> parameters) {

    public static final String METHOD = "spearman_rho+eta_squared";
    static final String DESCRIPTION = "Spearman rank correlation of each numeric parameter with the overall score "
            + "(importance rho squared), and for each categorical parameter the between-choice share of the score's "
            + "variance, eta squared from a one-way ANOVA; over the feasible trials, p-values from Hipparchus";
    /** Below ten trials a rank correlation or a variance share is mostly noise. */
    public static final int MINIMUM_TRIALS = 10;

    public Sensitivity {
        parameters = List.copyOf(parameters);
    }

    static Sensitivity of(List<ParameterSensitivity> parameters, int trials) {
        return new Sensitivity(METHOD, DESCRIPTION, trials, MINIMUM_TRIALS, true, null, parameters);
    }

    static Sensitivity tooFewTrials(int trials) {
        return new Sensitivity(METHOD, DESCRIPTION, trials, MINIMUM_TRIALS, false, "needs at least " + MINIMUM_TRIALS
                + " feasible trials to mean anything, has " + trials, List.of());
    }
}
