package io.oeml.optimizer.search.evolution;

import io.jenetics.Alterer;
import io.jenetics.DoubleGene;
import io.jenetics.engine.EvolutionParams;
import io.oeml.optimizer.search.strategy.Observation;

/**
 * What the evolutionary strategy optimises: the Jenetics fitness type made from an observation, and the selectors
 * that rank it. Every objective is minimised; an infeasible trial scores {@link #INFEASIBLE} on every objective, so
 * it ranks below (is dominated by) every feasible one.
 */
interface Objectives<C extends Comparable<? super C>> {

    /** Far above any told value (told values are finite) yet far from overflow in crowding-distance arithmetic. */
    double INFEASIBLE = 1e300;

    C fitness(Observation observation);

    EvolutionParams<DoubleGene, C> params(int populationSize, Alterer<DoubleGene, C> alterer);
}
