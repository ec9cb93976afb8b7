package io.oeml.finetune.dataset.validation;

/**
 * Which examples are held out for validation: decided per example from its fingerprint and the seed alone, so it
 * streams, and a rerun with the same seed holds out the same examples wherever they are in the file.
 */
final class SplitAssignment {

    private static final double UNIT = 0x1.0p-53;

    private final double fraction;
    private final long seed;

    SplitAssignment(double fraction, long seed) {
        this.fraction = fraction;
        this.seed = seed;
    }

    boolean heldOut(long fingerprint) {
        if (fraction <= 0) {
            return false;
        }
        long h = ExampleFingerprint.mix(fingerprint ^ ExampleFingerprint.mix(seed));
        return (h >>> 11) * UNIT < fraction;
    }
}
