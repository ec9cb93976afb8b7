package io.oeml.optimizer.search.sobol;

import java.util.SplittableRandom;

import org.hipparchus.random.SobolSequenceGenerator;

import io.oeml.optimizer.search.space.Assignment;
import io.oeml.optimizer.search.space.SearchSpace;
import io.oeml.optimizer.search.strategy.TrialRandom;

/**
 * The quasi-random start shared by the model-based strategies: point i of Hipparchus' Sobol sequence (Joe-Kuo
 * direction numbers), scrambled per seed by a random digital shift (each coordinate's 52 fraction bits XOR-ed with a
 * seed-derived mask, which keeps the sequence's net property), then mapped onto the parameter types through
 * {@link io.oeml.optimizer.search.space.Parameter#fromUnit} (integers and categoricals: equal-width bins).
 */
public final class SobolStart {

    private static final double SCALE = 0x1p52;
    private static final int SHIFT_STREAM = 0x50B01;

    private final SearchSpace space;
    private final long[] shift;

    public SobolStart(SearchSpace space, long seed) {
        this.space = space;
        SplittableRandom random = TrialRandom.forTrial(seed, 0, SHIFT_STREAM);
        this.shift = new long[space.dimensions()];
        for (int i = 0; i < shift.length; i++) {
            shift[i] = random.nextLong() & ((1L << 52) - 1);
        }
    }

    /** How many start points a model-based strategy with this trial budget asks: min(10, budget / 5), at least 2. */
    public static int size(int trialBudget) {
        return Math.max(2, Math.min(10, trialBudget / 5));
    }

    /** Point {@code index} in the unit cube (each coordinate in [0, 1)). */
    public double[] unitPoint(int index) {
        SobolSequenceGenerator generator = new SobolSequenceGenerator(space.dimensions());
        double[] point = generator.skipTo(index);
        for (int i = 0; i < point.length; i++) {
            point[i] = (((long) (point[i] * SCALE)) ^ shift[i]) / SCALE;
        }
        return point;
    }

    public Assignment point(int index) {
        return space.fromUnit(unitPoint(index));
    }
}
