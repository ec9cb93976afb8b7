package io.oeml.optimizer.search.bayes.gp;

import java.util.Arrays;
import java.util.List;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Hyperparameters by maximum marginal likelihood: Hipparchus' BOBYQA (bounded, derivative-free) over the log
 * hyperparameters from each start point, the best result kept. The bounds keep the fit sane on few points: length
 * scales 0.01-20 on the unit inputs (20 switches an input off), signal variance 0.05-20, noise variance 1e-6-1.
 */
public final class MarginalLikelihoodFit {

    private static final double MIN_LENGTH_SCALE = 0.01;
    private static final double MAX_LENGTH_SCALE = 20;
    private static final double MIN_SIGNAL = 0.05;
    private static final double MAX_SIGNAL = 20;
    private static final double MIN_NOISE = 1e-6;
    private static final double MAX_NOISE = 1;

    private final Matern52Kernel kernel;
    private final int evaluationsPerStart;
    private final double initialRadius;

    /**
     * @param evaluationsPerStart likelihood evaluations one BOBYQA run may take
     * @param initialRadius BOBYQA's initial trust region radius in log units (small when warm-started)
     */
    public MarginalLikelihoodFit(Matern52Kernel kernel, int evaluationsPerStart, double initialRadius) {
        this.kernel = kernel;
        this.evaluationsPerStart = evaluationsPerStart;
        this.initialRadius = initialRadius;
    }

    /** The hyperparameters with the highest log marginal likelihood found from the starts. */
    public GpHyperparameters fit(double[][] x, double[] y, List<GpHyperparameters> starts) {
        double[] lower = bound(MIN_LENGTH_SCALE, MIN_SIGNAL, MIN_NOISE);
        double[] upper = bound(MAX_LENGTH_SCALE, MAX_SIGNAL, MAX_NOISE);
        BestSeen best = new BestSeen();
        for (GpHyperparameters start : starts) {
            double[] guess = clamp(start.toLog(), lower, upper);
            ObjectiveFunction likelihood = new ObjectiveFunction(
                    theta -> best.offer(theta, logLikelihood(x, y, theta)));
            BOBYQAOptimizer optimizer = new BOBYQAOptimizer(guess.length + 2, initialRadius, 1e-3);
            try {
                optimizer.optimize(new MaxEval(evaluationsPerStart), likelihood, GoalType.MAXIMIZE,
                        new InitialGuess(guess), new SimpleBounds(lower, upper));
            } catch (MathIllegalStateException evaluationsUsedUp) {
                // The best point seen so far is kept: a capped fit is the point of the cap.
            }
        }
        return GpHyperparameters.fromLog(best.theta);
    }

    public static GpHyperparameters defaults(Matern52Kernel kernel) {
        double[] lengthScales = new double[kernel.dimensions()];
        for (int i = 0; i < lengthScales.length; i++) {
            lengthScales[i] = kernel.categorical(i) ? 1 : 0.5;
        }
        return new GpHyperparameters(lengthScales, 1, 1e-3);
    }

    private double logLikelihood(double[][] x, double[] y, double[] theta) {
        try {
            double value = GaussianProcess.condition(x, y, kernel, GpHyperparameters.fromLog(theta))
                    .logMarginalLikelihood();
            return Double.isFinite(value) ? value : -1e300;
        } catch (MathIllegalArgumentException notPositiveDefinite) {
            return -1e300;
        }
    }

    private double[] bound(double lengthScale, double signal, double noise) {
        double[] bound = new double[kernel.dimensions() + 2];
        Arrays.fill(bound, Math.log(lengthScale));
        bound[kernel.dimensions()] = Math.log(signal);
        bound[kernel.dimensions() + 1] = Math.log(noise);
        return bound;
    }

    /** Inside the bounds by a margin BOBYQA needs for its first steps. */
    private double[] clamp(double[] theta, double[] lower, double[] upper) {
        double[] clamped = new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            clamped[i] = Math.min(upper[i] - 1e-6, Math.max(lower[i] + 1e-6, theta[i]));
        }
        return clamped;
    }

    private static final class BestSeen {
        private double[] theta;
        private double value = Double.NEGATIVE_INFINITY;

        double offer(double[] candidate, double candidateValue) {
            if (theta == null || candidateValue > value) {
                theta = candidate.clone();
                value = candidateValue;
            }
            return candidateValue;
        }
    }
}
