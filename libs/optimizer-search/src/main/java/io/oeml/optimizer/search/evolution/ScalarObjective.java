package io.oeml.optimizer.search.evolution;

import io.jenetics.Alterer;
import io.jenetics.DoubleGene;
import io.jenetics.EliteSelector;
import io.jenetics.TournamentSelector;
import io.jenetics.engine.EvolutionParams;
import io.oeml.optimizer.search.strategy.Observation;

/**
 * One objective: offspring parents by tournaments of three; survivors keep the best tenth (at least one) unchanged
 * (elitism) and fill up by tournaments of three (EliteSelector's default).
 */
final class ScalarObjective implements Objectives<Double> {

    @Override
    public Double fitness(Observation observation) {
        return observation.feasible() ? observation.value() : INFEASIBLE;
    }

    @Override
    public EvolutionParams<DoubleGene, Double> params(int populationSize, Alterer<DoubleGene, Double> alterer) {
        return EvolutionParams.<DoubleGene, Double>builder()
                .populationSize(populationSize)
                .offspringSelector(new TournamentSelector<>(3))
                .survivorsSelector(new EliteSelector<>(Math.max(1, populationSize / 10)))
                .alterers(alterer)
                .build();
    }
}
