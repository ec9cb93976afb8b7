package io.oeml.optimizer.search.hyperband;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;

import io.oeml.optimizer.search.bayes.MixedEncoding;
import io.oeml.optimizer.search.space.Assignment;
import io.oeml.optimizer.search.space.SearchSpace;
import io.oeml.optimizer.search.strategy.CompletedTrial;

/**
 * BOHB's model of where good configurations are (Falkner, Klein and Hutter, ICML 2018; hpbandster's
 * {@code BOHB} config generator): the told trials of the largest budget with enough of them are split into the best
 * {@code max(d + 1, 15 %)} and the rest; each part gets a product kernel density (Gaussian on the [0, 1] position of a
 * number, Scott's rule bandwidth; Aitchison-Aitken on a categorical's choice), and of 64 candidates drawn around good
 * points with three times the bandwidth the one with the highest density ratio good / rest is proposed. Infeasible
 * trials rank below every feasible one.
 */
final class DensityRatioProposal {

    static final int CANDIDATES = 64;
    static final double BANDWIDTH_FACTOR = 3.0;
    static final double GOOD_FRACTION = 0.15;
    static final double MIN_BANDWIDTH = 1e-3;

    private final MixedEncoding encoding;
    private final Density good;
    private final Density rest;

    private DensityRatioProposal(MixedEncoding encoding, List<double[]> good, List<double[]> rest) {
        this.encoding = encoding;
        this.good = new Density(encoding, good);
        this.rest = new Density(encoding, rest);
    }

    /**
     * The model of the largest budget with at least {@code 2 (d + 1)} told trials (both parts then hold more points
     * than dimensions, as hpbandster requires), or empty while no budget has that many.
     */
    static Optional<DensityRatioProposal> fit(SearchSpace space, List<CompletedTrial> told) {
        int minimum = space.dimensions() + 1;
        Map<Integer, List<CompletedTrial>> byBudget = new TreeMap<>(Comparator.reverseOrder());
        told.forEach(trial -> byBudget.computeIfAbsent(trial.trial().budget(), b -> new ArrayList<>()).add(trial));
        MixedEncoding encoding = new MixedEncoding(space);
        for (List<CompletedTrial> trials : byBudget.values()) {
            if (trials.size() < 2 * minimum) {
                continue;
            }
            List<double[]> ranked = trials.stream()
                    .sorted(Comparator.<CompletedTrial, Boolean>comparing(t -> !t.observation().feasible())
                            .thenComparingDouble(t -> t.observation().value()))
                    .map(t -> encoding.encode(t.trial().assignment())).toList();
            int goodCount = Math.max(minimum, (int) (GOOD_FRACTION * ranked.size()));
            return Optional.of(new DensityRatioProposal(encoding, ranked.subList(0, goodCount),
                    ranked.subList(goodCount, ranked.size())));
        }
        return Optional.empty();
    }

    /** The candidate with the highest density ratio, of {@link #CANDIDATES} drawn around good points. */
    Assignment propose(SplittableRandom random) {
        double[] best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < CANDIDATES; c++) {
            double[] candidate = good.sample(random, BANDWIDTH_FACTOR);
            double score = good.logDensity(candidate) - rest.logDensity(candidate);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return encoding.decode(best);
    }

    /** A product kernel density over encoded points. */
    private static final class Density {

        private final MixedEncoding encoding;
        private final List<double[]> points;
        private final double[] bandwidth;

        Density(MixedEncoding encoding, List<double[]> points) {
            this.encoding = encoding;
            this.points = points;
            int n = points.size();
            bandwidth = new double[encoding.dimensions()];
            for (int i = 0; i < bandwidth.length; i++) {
                int choices = encoding.choices(i);
                // A categorical's bandwidth is the probability of moving to another choice, at most uniform.
                double scott = 1.06 * standardDeviation(points, i) * Math.pow(n, -0.2);
                bandwidth[i] = choices > 0 ? Math.min((choices - 1.0) / choices, Math.max(MIN_BANDWIDTH, scott))
                        : Math.max(MIN_BANDWIDTH, scott);
            }
        }

        double[] sample(SplittableRandom random, double widen) {
            double[] centre = points.get(random.nextInt(points.size()));
            double[] x = new double[centre.length];
            for (int i = 0; i < x.length; i++) {
                int choices = encoding.choices(i);
                if (choices > 0) {
                    double leave = Math.min((choices - 1.0) / choices, widen * bandwidth[i]);
                    x[i] = random.nextDouble() < leave ? otherChoice(random, (int) centre[i], choices) : centre[i];
                } else {
                    x[i] = truncatedNormal(random, centre[i], widen * bandwidth[i]);
                }
            }
            return encoding.snap(unit(x));
        }

        /** log of the mean kernel over the points, summed in log space so that far points do not underflow. */
        double logDensity(double[] x) {
            double[] logKernels = new double[points.size()];
            double largest = Double.NEGATIVE_INFINITY;
            for (int p = 0; p < logKernels.length; p++) {
                double[] point = points.get(p);
                double log = 0;
                for (int i = 0; i < x.length; i++) {
                    int choices = encoding.choices(i);
                    if (choices > 0) {
                        log += Math.log(x[i] == point[i] ? 1 - bandwidth[i] : bandwidth[i] / (choices - 1));
                    } else {
                        double z = (x[i] - point[i]) / bandwidth[i];
                        log += -0.5 * z * z - Math.log(bandwidth[i]);
                    }
                }
                logKernels[p] = log;
                largest = Math.max(largest, log);
            }
            double sum = 0;
            for (double log : logKernels) {
                sum += Math.exp(log - largest);
            }
            return largest + Math.log(sum / logKernels.length);
        }

        /** Categoricals back to a position inside their choice's bin, so that {@code snap} keeps them. */
        private double[] unit(double[] x) {
            double[] u = x.clone();
            for (int i = 0; i < u.length; i++) {
                int choices = encoding.choices(i);
                if (choices > 0) {
                    u[i] = (x[i] + 0.5) / choices;
                }
            }
            return u;
        }

        private static double otherChoice(SplittableRandom random, int current, int choices) {
            int other = random.nextInt(choices - 1);
            return other >= current ? other + 1 : other;
        }

        private static double truncatedNormal(SplittableRandom random, double mean, double sd) {
            for (int attempt = 0; attempt < 100; attempt++) {
                double value = mean + sd * gaussian(random);
                if (value >= 0 && value < 1) {
                    return value;
                }
            }
            return Math.min(Math.max(mean, 0), Math.nextDown(1.0));
        }

        private static double gaussian(SplittableRandom random) {
            double u1 = 1 - random.nextDouble();
            return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * random.nextDouble());
        }

        private static double standardDeviation(List<double[]> points, int i) {
            double mean = points.stream().mapToDouble(p -> p[i]).average().orElse(0);
            double variance = points.stream().mapToDouble(p -> (p[i] - mean) * (p[i] - mean)).sum()
                    / Math.max(1, points.size() - 1);
            return Math.sqrt(variance);
        }
    }
}
