package io.oeml.optimizer.session.service;

import java.util.List;

import io.oeml.optimizer.search.strategy.Observation;

/**
 * The reference point a session's hypervolume is measured against: per objective, the worst feasible value seen plus a
 * tenth of the range seen (plus 1 when all values agree), so every front member adds volume.
 */
final class ParetoReference {

    private ParetoReference() {
    }

    static double[] of(List<Observation> observations) {
        List<double[]> feasible = observations.stream().filter(Observation::feasible).map(Observation::values).toList();
        int objectives = feasible.get(0).length;
        double[] reference = new double[objectives];
        for (int i = 0; i < objectives; i++) {
            int objective = i;
            double worst = feasible.stream().mapToDouble(v -> v[objective]).max().orElseThrow();
            double best = feasible.stream().mapToDouble(v -> v[objective]).min().orElseThrow();
            reference[i] = worst + (worst > best ? (worst - best) / 10 : 1);
        }
        return reference;
    }
}
