package io.oeml.optimizer.search.bayes.acquisition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.junit.jupiter.api.Test;

class LogExpectedImprovementTest {

    private static final NormalDistribution STANDARD = new NormalDistribution(0, 1);

    @Test
    void equalsTheLogarithmOfTheClosedFormNearTheIncumbent() {
        double mean = 0.3;
        double sd = 0.5;
        double best = 0.1;
        double z = (best - mean) / sd;
        double ei = sd * (z * STANDARD.cumulativeProbability(z) + STANDARD.density(z));

        assertThat(LogExpectedImprovement.of(mean, sd, best)).isCloseTo(Math.log(ei), within(1e-10));
    }

    @Test
    void staysFiniteAndOrderedWhereExpectedImprovementUnderflows() {
        double far = LogExpectedImprovement.of(40, 1, 0);
        double farther = LogExpectedImprovement.of(60, 1, 0);

        assertThat(far).isFinite().isGreaterThan(farther);
        assertThat(farther).isFinite();
    }

    @Test
    void isContinuousWhereTheFormulaChanges() {
        assertThat(LogExpectedImprovement.logH(-1 - 1e-9)).isCloseTo(LogExpectedImprovement.logH(-1 + 1e-9),
                within(1e-7));
        assertThat(LogExpectedImprovement.logH(-25 - 1e-9)).isCloseTo(LogExpectedImprovement.logH(-25 + 1e-9),
                within(1e-6));
    }
}
