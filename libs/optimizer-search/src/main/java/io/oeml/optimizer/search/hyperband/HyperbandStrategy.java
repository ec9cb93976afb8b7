package io.oeml.optimizer.search.hyperband;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import io.oeml.optimizer.search.sobol.SobolStart;
import io.oeml.optimizer.search.space.Assignment;
import io.oeml.optimizer.search.space.SearchSpace;
import io.oeml.optimizer.search.strategy.AskTellStrategy;
import io.oeml.optimizer.search.strategy.CompletedTrial;
import io.oeml.optimizer.search.strategy.Observation;
import io.oeml.optimizer.search.strategy.StrategySettings;
import io.oeml.optimizer.search.strategy.SynchronousRound;
import io.oeml.optimizer.search.strategy.Trial;
import io.oeml.optimizer.search.strategy.TrialRandom;

/**
 * hyperband: synchronous successive halving over the brackets of a {@link HyperbandSchedule}, the resource being
 * evaluation prompts ({@link Trial#budget()} is the rung's prompt count). A rung's trials are asked together; the next
 * rung, holding the best {@code floor(n_i / eta)} of them, is asked only when all are told, so {@link #ask} returns
 * nothing while a rung waits. A promotion is a new trial with the same assignment and the larger budget. New
 * configurations are the points of the shared scrambled Sobol sequence ({@link SobolStart}), numbered across brackets
 * and iterations, so the 49 configurations of R = 27, eta = 3 cover the space evenly and a later iteration draws
 * fresh points.
 * <p>
 * Options: {@code max_budget} (R, default 27), {@code eta} (default 3), {@code min_budget} (r_min, default 1) and
 * {@code max_prompts}: without it one Hyperband iteration is run; with it the iterations repeat, bracket after bracket,
 * while the session's prompts last, counted as a service that reuses prompts spends them (a promotion runs only its new
 * prompts). A bracket that no longer fits is started with fewer configurations ({@link HyperbandSchedule#within}), or
 * the next less aggressive one is tried; the strategy is finished when not even one configuration at R fits.
 */
public final class HyperbandStrategy extends AskTellStrategy {

    /** BOHB's share of configurations drawn without the model, which keeps it from converging on a wrong model. */
    static final double RANDOM_FRACTION = 1.0 / 3;
    private static final int PROPOSAL_STREAM = 0xB0B;

    private final HyperbandSchedule schedule;
    private final SobolStart configurations;
    private final int maxPrompts;
    private final boolean modelBased;
    /** Brackets started, across iterations; the next one of the cycle is {@code bracketsStarted % brackets}. */
    private int bracketsStarted;
    private long promptsPlanned;
    private HyperbandSchedule.Bracket bracket;
    private int rung;
    private int configurationsStarted;
    private SynchronousRound round;

    public HyperbandStrategy(SearchSpace space, StrategySettings settings) {
        super(space, settings);
        if (settings.objectives() != 1) {
            throw new IllegalArgumentException("hyperband ranks configurations by one objective, not "
                    + settings.objectives());
        }
        schedule = HyperbandSchedule.of(settings.intOption("max_budget", 27), settings.intOption("eta", 3),
                settings.intOption("min_budget", 1));
        maxPrompts = settings.intOption("max_prompts", 0);
        if (settings.options().containsKey("max_prompts") && maxPrompts < schedule.maxBudget()) {
            throw new IllegalArgumentException("max_prompts must be at least max_budget (" + schedule.maxBudget()
                    + "), got " + maxPrompts);
        }
        String sampler = settings.options().getOrDefault("sampler", "sobol");
        if (!sampler.equals("sobol") && !sampler.equals("bohb")) {
            throw new IllegalArgumentException("option 'sampler' must be sobol or bohb, got '" + sampler + "'");
        }
        modelBased = sampler.equals("bohb");
        configurations = new SobolStart(space, settings.seed());
        startNextBracket();
    }

    public HyperbandSchedule schedule() {
        return schedule;
    }

    @Override
    protected Optional<Trial> propose(int number) {
        return round.nextOpen(pending()).map(assignment -> new Trial(number, assignment, round.budget()));
    }

    @Override
    protected void onTold(CompletedTrial completedTrial) {
        round.record(completedTrial);
        if (!round.complete()) {
            return;
        }
        if (rung + 1 < bracket.rungs().size()) {
            HyperbandSchedule.Rung next = bracket.rungs().get(++rung);
            round = new SynchronousRound(best(round, next.configurations()), next.budget());
        } else {
            startNextBracket();
        }
    }

    @Override
    public boolean finished() {
        return bracket == null;
    }

    /** Starts the next bracket of the cycle that fits the prompts left, or none (finished). */
    private void startNextBracket() {
        bracket = nextBracket().orElse(null);
        if (bracket == null) {
            return;
        }
        promptsPlanned += bracket.promptEvaluationsWithReuse();
        rung = 0;
        HyperbandSchedule.Rung first = bracket.rungs().get(0);
        Optional<DensityRatioProposal> model = modelBased ? DensityRatioProposal.fit(space, completed())
                : Optional.empty();
        List<Assignment> started = new ArrayList<>();
        for (int i = 0; i < first.configurations(); i++) {
            started.add(newConfiguration(model, configurationsStarted++));
        }
        round = new SynchronousRound(started, first.budget());
    }

    private Assignment newConfiguration(Optional<DensityRatioProposal> model, int index) {
        if (model.isPresent()) {
            SplittableRandom random = TrialRandom.forTrial(settings.seed(), index, PROPOSAL_STREAM);
            if (random.nextDouble() >= RANDOM_FRACTION) {
                return model.get().propose(random);
            }
        }
        return configurations.point(index);
    }

    private Optional<HyperbandSchedule.Bracket> nextBracket() {
        List<HyperbandSchedule.Bracket> cycle = schedule.brackets();
        if (maxPrompts == 0) {
            return bracketsStarted < cycle.size() ? Optional.of(cycle.get(bracketsStarted++)) : Optional.empty();
        }
        // The cycle's next bracket, else the less aggressive ones after it (s = 0 last, the cheapest to narrow).
        for (int k = bracketsStarted % cycle.size(); k < cycle.size(); k++) {
            Optional<HyperbandSchedule.Bracket> fitting = schedule.within(cycle.get(k), maxPrompts - promptsPlanned);
            if (fitting.isPresent()) {
                bracketsStarted += k - bracketsStarted % cycle.size() + 1;
                return fitting;
            }
        }
        return Optional.empty();
    }

    /** The {@code keep} best members of a complete rung: feasible before infeasible, then lowest value, then order. */
    static List<Assignment> best(SynchronousRound complete, int keep) {
        List<Observation> observations = complete.observations();
        Comparator<Integer> ranking = Comparator.<Integer, Boolean>comparing(i -> !observations.get(i).feasible())
                .thenComparingDouble(i -> observations.get(i).value());
        return IntStream.range(0, observations.size()).boxed().sorted(ranking).limit(keep)
                .map(complete.members()::get).toList();
    }
}
