package io.oeml.optimizer.search.bayes;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.hipparchus.special.Erf;

import io.oeml.optimizer.search.strategy.Observation;

/**
 * The outputs the Gaussian process models: each observation's rank turned into a standard normal quantile, {@code
 * Phi^-1((rank + 0.5) / n)} (a Gaussian copula, as in Salinas et al. 2020), ties sharing their mean rank. Ranks make
 * the model indifferent to the scale and tails of the objective (Rosenbrock's 10^6 range, a latency's outliers) and
 * let an infeasible trial rank after every feasible one, as the contract asks.
 */
final class NormalScores {

    private NormalScores() {
    }

    static double[] of(List<Observation> observations) {
        int n = observations.size();
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Comparator<Integer> worseLast = Comparator
                .comparing((Integer i) -> !observations.get(i).feasible())
                .thenComparingDouble(i -> observations.get(i).feasible() ? observations.get(i).value() : 0);
        Arrays.sort(order, worseLast);
        double[] scores = new double[n];
        int start = 0;
        while (start < n) {
            int end = start;
            while (end + 1 < n && worseLast.compare(order[start], order[end + 1]) == 0) {
                end++;
            }
            double meanRank = (start + end) / 2.0;
            double score = Math.sqrt(2) * Erf.erfInv(2 * (meanRank + 0.5) / n - 1);
            for (int k = start; k <= end; k++) {
                scores[order[k]] = score;
            }
            start = end + 1;
        }
        return scores;
    }
}
