package io.oeml.evaluation.measure;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * How much a trial's figures move when nothing changes: the first {@code prompts} prompts are run {@code rounds}
 * times with the same options, and the sample standard deviation across rounds is taken of each round's quality
 * (weighted mean score) and mean latency. A difference between two trials smaller than this is not a difference.
 */
public record NoiseFigure(int prompts, int rounds, double qualityStddev, double latencyStddevMs) {

    /** @param rounds at least two rounds over the same prompts, in the same order */
    public static NoiseFigure of(List<List<PromptResult>> rounds) {
        if (rounds.size() < 2) {
            throw new IllegalArgumentException("noise needs at least two rounds, not " + rounds.size());
        }
        return new NoiseFigure(rounds.get(0).size(), rounds.size(), stddev(rounds, Quality::of),
                stddev(rounds, round -> LatencyFigures.of(round).meanMs()));
    }

    private static double stddev(List<List<PromptResult>> rounds, ToDoubleFunction<List<PromptResult>> figure) {
        double[] values = rounds.stream().mapToDouble(figure).toArray();
        double mean = Arrays.stream(values).average().orElse(0);
        double squares = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
        return Math.sqrt(squares / (values.length - 1));
    }
}
