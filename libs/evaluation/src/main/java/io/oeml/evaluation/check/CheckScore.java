package io.oeml.evaluation.check;

import java.util.List;

/**
 * The score one check gave one answer.
 *
 * @param check the check's {@link Check#describe() description}
 * @param score 0 to 1
 */
public record CheckScore(String check, double score) {

    /** Scores {@code answer} with every check, in order. */
    public static List<CheckScore> all(List<Check> checks, String answer) {
        return checks.stream().map(c -> new CheckScore(c.describe(), c.score(answer))).toList();
    }

    /** The mean of the scores: a prompt passes each of its checks with equal weight. */
    public static double mean(List<CheckScore> scores) {
        return scores.stream().mapToDouble(CheckScore::score).average().orElse(0);
    }
}
