package io.oeml.optimizer.search.evolution;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import io.jenetics.DoubleGene;
import io.jenetics.Optimize;
import io.jenetics.Phenotype;
import io.jenetics.engine.EvolutionParams;
import io.jenetics.util.ISeq;
import io.jenetics.util.MSeq;
import io.jenetics.util.RandomRegistry;
import io.oeml.optimizer.search.sobol.SobolStart;
import io.oeml.optimizer.search.space.SearchSpace;
import io.oeml.optimizer.search.strategy.AskTellStrategy;
import io.oeml.optimizer.search.strategy.CompletedTrial;
import io.oeml.optimizer.search.strategy.Observation;
import io.oeml.optimizer.search.strategy.StrategySettings;
import io.oeml.optimizer.search.strategy.SynchronousRound;
import io.oeml.optimizer.search.strategy.Trial;
import io.oeml.optimizer.search.strategy.TrialRandom;

/**
 * evolutionary: a Jenetics 7.2 genetic algorithm in ask-and-tell form. Jenetics' {@code Engine.evolve} evaluates the
 * bred population synchronously inside the call, which a strategy whose fitness arrives later through {@link #tell}
 * cannot serve, so this class runs the engine's generation step itself on Jenetics' own parts: the
 * {@link EvolutionParams} (population size, offspring fraction 0.6, selectors, alterer), survivors and offspring
 * selected from the evaluated population, offspring altered, and the individuals the alterer changed asked as the
 * next batch. Survivors and unaltered offspring keep their fitness and cost no trial. (Jenetics' age limit of 70
 * generations and its constraint check are left out: sessions last a handful of generations and every genotype
 * decodes to a valid assignment.)
 * <p>
 * One objective: tournament selection with elitism ({@link ScalarObjective}); several: NSGA-II
 * ({@link ParetoObjectives}). The Pareto front of all told feasible trials is kept ({@link #paretoFront()}).
 * The first population is the shared scrambled Sobol start ({@link SobolStart}); each breeding step draws from a
 * generator derived from (seed, generation), the generation being a function of the told history, so a restored
 * strategy asks what the original would have.
 */
public final class EvolutionaryStrategy<C extends Comparable<? super C>> extends AskTellStrategy {

    /** Separates the generations' random streams from per-trial uses of the same numbers. */
    private static final int BREEDING_STREAM = 11;

    private final Genome genome;
    private final Objectives<C> objectives;
    private final EvolutionParams<DoubleGene, C> params;
    private final ParetoTrials front;
    private long generation = 1;
    private ISeq<Phenotype<DoubleGene, C>> population;
    private SynchronousRound round;

    private EvolutionaryStrategy(SearchSpace space, StrategySettings settings, Objectives<C> objectives) {
        super(space, settings);
        this.genome = new Genome(space);
        this.objectives = objectives;
        this.front = new ParetoTrials(settings.objectives());
        this.params = objectives.params(populationSize(settings), genome.alterer());
        SobolStart start = new SobolStart(space, settings.seed());
        population = IntStream.range(0, params.populationSize())
                .mapToObj(i -> Phenotype.<DoubleGene, C>of(genome.encode(start.unitPoint(i)), generation))
                .collect(ISeq.toISeq());
        round = roundOfUnevaluated();
    }

    /** A scalar strategy for one objective, NSGA-II for several. */
    public static EvolutionaryStrategy<?> of(SearchSpace space, StrategySettings settings) {
        return settings.objectives() == 1
                ? new EvolutionaryStrategy<>(space, settings, new ScalarObjective())
                : new EvolutionaryStrategy<>(space, settings, new ParetoObjectives());
    }

    /**
     * The population size: option {@code population_size}, else {@code round(2 * sqrt(trialBudget))} within [6, 40]
     * (25 trials: 10, 50: 14, 100: 20), so that a budget buys the first population and then several generations of
     * about 0.6 times the population each.
     */
    static int populationSize(StrategySettings settings) {
        int rule = (int) Math.max(6, Math.min(40, Math.round(2 * Math.sqrt(settings.trialBudget()))));
        int size = settings.intOption("population_size", rule);
        if (size < 4 || size > 1000) {
            throw new IllegalArgumentException("option 'population_size' must be within [4, 1000], got " + size);
        }
        return size;
    }

    public int populationSize() {
        return params.populationSize();
    }

    /** The generation being evaluated, 1 for the first population. */
    public long generation() {
        return generation;
    }

    /** The told feasible trials no other told feasible trial dominates (all objectives minimised), by number. */
    public List<CompletedTrial> paretoFront() {
        return front.trials();
    }

    /** The exact hypervolume the Pareto front dominates up to {@code reference} (see {@link Hypervolume}). */
    public double hypervolume(double[] reference) {
        return front.hypervolume(reference);
    }

    @Override
    protected Optional<Trial> propose(int number) {
        return round.nextOpen(pending()).map(assignment -> new Trial(number, assignment, 0));
    }

    @Override
    protected void onTold(CompletedTrial completedTrial) {
        round.record(completedTrial);
        front.add(completedTrial);
        if (round.complete()) {
            population = withFitness(round.observations());
            do {
                population = breed();
                generation++;
                round = roundOfUnevaluated();
            } while (round.members().isEmpty());
        }
    }

    /** The individuals of the population still to be evaluated, in population order. */
    private SynchronousRound roundOfUnevaluated() {
        return new SynchronousRound(
                population.stream().filter(Phenotype::nonEvaluated).map(p -> genome.decode(p.genotype())).toList(), 0);
    }

    /** The population with the round's observations on its unevaluated individuals, in the order of the round. */
    private ISeq<Phenotype<DoubleGene, C>> withFitness(List<Observation> observations) {
        MSeq<Phenotype<DoubleGene, C>> evaluated = MSeq.of(population);
        int next = 0;
        for (int i = 0; i < evaluated.size(); i++) {
            if (evaluated.get(i).nonEvaluated()) {
                evaluated.set(i, evaluated.get(i).withFitness(objectives.fitness(observations.get(next++))));
            }
        }
        return evaluated.toISeq();
    }

    /** Engine.evolve's selection and alteration, on the evaluated population of this generation. */
    private ISeq<Phenotype<DoubleGene, C>> breed() {
        return RandomRegistry.with(random(), random -> {
            ISeq<Phenotype<DoubleGene, C>> survivors = params.survivorsSelector()
                    .select(population, params.survivorsSize(), Optimize.MINIMUM);
            ISeq<Phenotype<DoubleGene, C>> offspring = params.offspringSelector()
                    .select(population, params.offspringSize(), Optimize.MINIMUM);
            return survivors.append(params.alterer().alter(offspring, generation).population());
        });
    }

    private SplittableRandom random() {
        return TrialRandom.forTrial(settings.seed(), (int) generation, BREEDING_STREAM);
    }
}
