package io.oeml.optimizer.search.bayes.gp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class GaussianProcessTest {

    private static final Matern52Kernel TWO_INPUTS = new Matern52Kernel(new boolean[] {false, false});
    private static final MarginalLikelihoodFit FIT = new MarginalLikelihoodFit(TWO_INPUTS, 300, 0.5);

    /** sin(6 x1) on an 8 x 3 lattice; x2 does not matter. */
    private static final double[][] X = lattice();
    private static final double[] Y = sineOfFirstInput(X);

    private final GpHyperparameters fitted = FIT.fit(X, Y, List.of(MarginalLikelihoodFit.defaults(TWO_INPUTS)));
    private final GaussianProcess model = GaussianProcess.condition(X, Y, TWO_INPUTS, fitted);

    @Test
    void thePosteriorMeanInterpolatesTheTrainingPoints() {
        for (int i = 0; i < X.length; i++) {
            assertThat(model.predict(X[i]).mean()).isCloseTo(Y[i], within(1e-2));
        }
    }

    @Test
    void thePosteriorMeanPredictsAnUnseenPoint() {
        assertThat(model.predict(new double[] {0.55, 0.4}).mean()).isCloseTo(Math.sin(6 * 0.55), within(0.05));
    }

    @Test
    void theFittedNoiseIsSmallForANoiseFreeFunction() {
        assertThat(fitted.noiseVariance()).isLessThan(1e-3);
    }

    @Test
    void theIrrelevantInputGetsAMuchLongerLengthScale() {
        assertThat(fitted.lengthScales()[0]).isBetween(0.05, 2.0);
        assertThat(fitted.lengthScales()[1]).isGreaterThan(5 * fitted.lengthScales()[0]);
    }

    @Test
    void thePosteriorVarianceIsSmallAtATrainingPointAndLargeFarFromThem() {
        double atTrainingPoint = model.predict(X[0]).variance();
        double outside = model.predict(new double[] {1.6, 0.5}).variance();

        assertThat(atTrainingPoint).isLessThan(1e-3 * fitted.signalVariance());
        assertThat(outside).isGreaterThan(0.5 * fitted.signalVariance());
    }

    @Test
    void fittedHyperparametersExplainTheDataBetterThanTheDefaults() {
        double defaults = GaussianProcess.condition(X, Y, TWO_INPUTS, MarginalLikelihoodFit.defaults(TWO_INPUTS))
                .logMarginalLikelihood();

        assertThat(model.logMarginalLikelihood()).isGreaterThan(defaults);
    }

    private static double[][] lattice() {
        double[][] x = new double[24][];
        for (int i = 0; i < 8; i++) {
            for (int j = 0; j < 3; j++) {
                x[i * 3 + j] = new double[] {i / 7.0, (j + 0.5) / 3.0};
            }
        }
        return x;
    }

    private static double[] sineOfFirstInput(double[][] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.sin(6 * x[i][0]);
        }
        return y;
    }
}
