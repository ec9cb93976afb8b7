package io.oeml.optimizer.search.bayes.acquisition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

import io.oeml.optimizer.search.bayes.MixedEncoding;

/**
 * Maximises an acquisition function over the mixed space: a pool of uniform random points plus perturbations of the
 * best observed points is scored, then the best few distinct candidates are improved by best-improvement coordinate
 * search (floats by a step that halves when no move helps, integers by one value, categoricals to every other
 * choice).
 */
public final class AcquisitionSearch {

    private static final double FIRST_STEP = 0.1;
    private static final double LAST_STEP = 1e-3;
    private static final double PERTURBATION = 0.05;

    private final MixedEncoding encoding;
    private final int randomCandidates;
    private final int perturbationsPerIncumbent;
    private final int localStarts;
    private final int localIterations;

    public AcquisitionSearch(MixedEncoding encoding, int randomCandidates, int perturbationsPerIncumbent,
            int localStarts, int localIterations) {
        this.encoding = encoding;
        this.randomCandidates = randomCandidates;
        this.perturbationsPerIncumbent = perturbationsPerIncumbent;
        this.localStarts = localStarts;
        this.localIterations = localIterations;
    }

    /** The best point found; {@code incumbents} are encoded observed points worth searching around. */
    public double[] maximise(ToDoubleFunction<double[]> acquisition, List<double[]> incumbents,
            SplittableRandom random) {
        List<Scored> pool = new ArrayList<>();
        for (int i = 0; i < randomCandidates; i++) {
            pool.add(score(acquisition, encoding.snap(uniform(random))));
        }
        for (double[] incumbent : incumbents) {
            for (int i = 0; i < perturbationsPerIncumbent; i++) {
                pool.add(score(acquisition, perturb(incumbent, random)));
            }
        }
        pool.sort(Comparator.comparingDouble(Scored::value).reversed());
        Scored best = pool.get(0);
        List<double[]> started = new ArrayList<>();
        for (Scored candidate : pool) {
            if (started.size() == localStarts) {
                break;
            }
            if (started.stream().noneMatch(point -> Arrays.equals(point, candidate.point()))) {
                started.add(candidate.point());
                Scored improved = localSearch(acquisition, candidate);
                if (improved.value() > best.value()) {
                    best = improved;
                }
            }
        }
        return best.point();
    }

    private Scored localSearch(ToDoubleFunction<double[]> acquisition, Scored start) {
        Scored current = start;
        double step = FIRST_STEP;
        for (int iteration = 0; iteration < localIterations && step >= LAST_STEP; iteration++) {
            Scored bestMove = current;
            for (int i = 0; i < encoding.dimensions(); i++) {
                for (double[] move : encoding.neighbours(current.point(), i, step)) {
                    Scored scored = score(acquisition, move);
                    if (scored.value() > bestMove.value()) {
                        bestMove = scored;
                    }
                }
            }
            if (bestMove == current) {
                step /= 2;
            } else {
                current = bestMove;
            }
        }
        return current;
    }

    private double[] uniform(SplittableRandom random) {
        double[] u = new double[encoding.dimensions()];
        for (int i = 0; i < u.length; i++) {
            u[i] = random.nextDouble();
        }
        return u;
    }

    /** Floats and integers moved by a small Gaussian step; each categorical redrawn with probability 1/d. */
    private double[] perturb(double[] incumbent, SplittableRandom random) {
        double[] unit = new double[incumbent.length];
        for (int i = 0; i < unit.length; i++) {
            unit[i] = incumbent[i] + PERTURBATION * random.nextGaussian();
        }
        double[] point = encoding.snap(unit);
        for (int i = 0; i < point.length; i++) {
            if (encoding.choices(i) > 0) {
                boolean redraw = random.nextDouble() < 1.0 / point.length;
                point[i] = redraw ? random.nextInt(encoding.choices(i)) : incumbent[i];
            }
        }
        return point;
    }

    private static Scored score(ToDoubleFunction<double[]> acquisition, double[] point) {
        return new Scored(point, acquisition.applyAsDouble(point));
    }

    private record Scored(double[] point, double value) {
    }
}
