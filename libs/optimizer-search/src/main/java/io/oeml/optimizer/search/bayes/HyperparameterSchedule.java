package io.oeml.optimizer.search.bayes;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

import io.oeml.optimizer.search.bayes.gp.GpHyperparameters;
import io.oeml.optimizer.search.bayes.gp.MarginalLikelihoodFit;
import io.oeml.optimizer.search.bayes.gp.Matern52Kernel;
import io.oeml.optimizer.search.strategy.Observation;
import io.oeml.optimizer.search.strategy.TrialRandom;

/**
 * When the hyperparameters are refitted, and from where, so that they are a function of the told history alone (a
 * restored strategy recomputes the same chain). A fit happens at each told count m in {@link #isFitPoint}, on the
 * first m told trials: warm-started from the previous fit with a small trust region, and every
 * {@value #COLD_EVERY}th fit (and the first) also from the defaults and from one random point drawn from (seed, m).
 * Between fit points the latest fit is reused; the model itself is always conditioned on every told trial.
 */
final class HyperparameterSchedule {

    private static final int FIT_STREAM = 1;
    private static final int EVERY_TRIAL_UNTIL = 30;
    private static final int THEN_EVERY = 5;
    private static final int COLD_EVERY = 4;

    private final Matern52Kernel kernel;
    private final long seed;
    private final MarginalLikelihoodFit coldFit;
    private final MarginalLikelihoodFit warmFit;
    private final TreeMap<Integer, GpHyperparameters> fits = new TreeMap<>();

    HyperparameterSchedule(Matern52Kernel kernel, long seed) {
        this.kernel = kernel;
        this.seed = seed;
        this.coldFit = new MarginalLikelihoodFit(kernel, 150, 0.5);
        this.warmFit = new MarginalLikelihoodFit(kernel, 40, 0.1);
    }

    static boolean isFitPoint(int toldCount) {
        return toldCount >= 2 && (toldCount <= EVERY_TRIAL_UNTIL || toldCount % THEN_EVERY == 0);
    }

    /** The hyperparameters for a model of these told trials (in told order), fitting any fit point not yet done. */
    GpHyperparameters at(List<double[]> points, List<Observation> observations) {
        int last = points.size();
        while (!isFitPoint(last)) {
            last--;
        }
        int from = fits.isEmpty() ? 2 : fits.lastKey() + 1;
        for (int m = from; m <= last; m++) {
            if (isFitPoint(m)) {
                fits.put(m, fit(m, points, observations));
            }
        }
        return fits.floorEntry(last).getValue();
    }

    private GpHyperparameters fit(int m, List<double[]> points, List<Observation> observations) {
        double[][] x = points.subList(0, m).toArray(double[][]::new);
        double[] y = BoxCoxScores.of(observations.subList(0, m));
        boolean cold = fits.isEmpty() || fits.size() % COLD_EVERY == 0;
        List<GpHyperparameters> starts = new ArrayList<>();
        if (cold) {
            starts.add(MarginalLikelihoodFit.defaults(kernel));
            starts.add(randomStart(TrialRandom.forTrial(seed, m, FIT_STREAM)));
        }
        if (!fits.isEmpty()) {
            starts.add(fits.lastEntry().getValue());
        }
        return (cold ? coldFit : warmFit).fit(x, y, starts);
    }

    /** Length scales log-uniform in [0.05, 2], signal variance in [0.3, 3], noise variance in [1e-5, 0.1]. */
    private GpHyperparameters randomStart(SplittableRandom random) {
        double[] lengthScales = new double[kernel.dimensions()];
        for (int i = 0; i < lengthScales.length; i++) {
            lengthScales[i] = logUniform(random, 0.05, 2);
        }
        return new GpHyperparameters(lengthScales, logUniform(random, 0.3, 3), logUniform(random, 1e-5, 0.1));
    }

    private static double logUniform(SplittableRandom random, double low, double high) {
        return Math.exp(Math.log(low) + random.nextDouble() * (Math.log(high) - Math.log(low)));
    }
}
