package io.oeml.optimizer.search.evolution;

import java.util.Arrays;

import io.jenetics.Alterer;
import io.jenetics.DoubleGene;
import io.jenetics.engine.EvolutionParams;
import io.jenetics.ext.moea.NSGA2Selector;
import io.jenetics.ext.moea.UFTournamentSelector;
import io.jenetics.ext.moea.Vec;
import io.oeml.optimizer.search.strategy.Observation;

/**
 * Several objectives, NSGA-II as jenetics.ext provides it: survivors by non-dominated rank and crowding distance
 * ({@link NSGA2Selector}), parents by unique-fitness crowded tournaments ({@link UFTournamentSelector}, Fortin and
 * Parizeau 2013). Fitness is a {@link Vec} of the observation's values.
 */
final class ParetoObjectives implements Objectives<Vec<double[]>> {

    @Override
    public Vec<double[]> fitness(Observation observation) {
        double[] values = observation.values();
        if (!observation.feasible()) {
            Arrays.fill(values, INFEASIBLE);
        }
        return Vec.of(values);
    }

    @Override
    public EvolutionParams<DoubleGene, Vec<double[]>> params(int populationSize,
            Alterer<DoubleGene, Vec<double[]>> alterer) {
        return EvolutionParams.<DoubleGene, Vec<double[]>>builder()
                .populationSize(populationSize)
                .offspringSelector(UFTournamentSelector.ofVec())
                .survivorsSelector(NSGA2Selector.ofVec())
                .alterers(alterer)
                .build();
    }
}
