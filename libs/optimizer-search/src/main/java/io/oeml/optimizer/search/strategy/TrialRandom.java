package io.oeml.optimizer.search.strategy;

import java.util.SplittableRandom;

/**
 * The determinism rule: a strategy's randomness for the trial numbered n comes from a generator derived from (seed,
 * n), never from one generator advanced across calls, so a strategy rebuilt from its history asks what the original
 * would have asked. {@code stream} separates independent uses within one trial (e.g. model fitting and proposing).
 */
public final class TrialRandom {

    private TrialRandom() {
    }

    public static SplittableRandom forTrial(long seed, int trialNumber) {
        return forTrial(seed, trialNumber, 0);
    }

    public static SplittableRandom forTrial(long seed, int trialNumber, int stream) {
        return new SplittableRandom(derive(seed, trialNumber, stream));
    }

    /** SplitMix64 finalisers chained over the three inputs. */
    public static long derive(long seed, long trialNumber, long stream) {
        return mix(mix(mix(seed) ^ trialNumber) ^ stream);
    }

    private static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
