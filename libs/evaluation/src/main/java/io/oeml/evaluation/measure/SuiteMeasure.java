package io.oeml.evaluation.measure;

import java.util.List;

/**
 * A measure over all of a trial's answers, declared in a suite's header line: distinct-n, weighted into the quality
 * like a prompt of that weight.
 *
 * @param n 1 (distinct words) to {@link #MAX_N}
 */
public record SuiteMeasure(int n, double weight) {

    public static final int MAX_N = 4;

    public SuiteMeasure {
        if (n < 1 || n > MAX_N) {
            throw new IllegalArgumentException("n must be 1 to " + MAX_N + ", not " + n);
        }
        if (!(weight > 0)) {
            throw new IllegalArgumentException("weight must be positive, not " + weight);
        }
    }

    public String name() {
        return "distinct-" + n;
    }

    public MeasureResult measure(List<String> answers) {
        return new MeasureResult(name(), DistinctN.of(answers, n), weight);
    }
}
