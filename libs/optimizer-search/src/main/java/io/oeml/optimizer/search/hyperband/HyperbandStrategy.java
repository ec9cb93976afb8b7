package io.oeml.optimizer.search.hyperband;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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

/**
 * hyperband: synchronous successive halving over the brackets of a {@link HyperbandSchedule}, the resource being
 * evaluation prompts ({@link Trial#budget()} is the rung's prompt count). A rung's trials are asked together; the next
 * rung, holding the best {@code floor(n_i / eta)} of them, is asked only when all are told, so {@link #ask} returns
 * nothing while a rung waits. A promotion is a new trial with the same assignment and the larger budget. New
 * configurations are the points of the shared scrambled Sobol sequence ({@link SobolStart}), numbered across brackets,
 * so the 49 configurations of R = 27, eta = 3 cover the space evenly.
 * Options: {@code max_budget} (R, default 27), {@code eta} (default 3), {@code min_budget} (r_min, default 1).
 */
public final class HyperbandStrategy extends AskTellStrategy {

    private final HyperbandSchedule schedule;
    private final SobolStart configurations;
    private int bracket;
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
        configurations = new SobolStart(space, settings.seed());
        round = newConfigurations();
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
        List<HyperbandSchedule.Rung> rungs = schedule.brackets().get(bracket).rungs();
        if (rung + 1 < rungs.size()) {
            HyperbandSchedule.Rung next = rungs.get(++rung);
            round = new SynchronousRound(best(round, next.configurations()), next.budget());
        } else if (++bracket < schedule.brackets().size()) {
            rung = 0;
            round = newConfigurations();
        }
    }

    @Override
    public boolean finished() {
        return bracket >= schedule.brackets().size();
    }

    private SynchronousRound newConfigurations() {
        HyperbandSchedule.Rung first = schedule.brackets().get(bracket).rungs().get(0);
        List<Assignment> started = new ArrayList<>();
        for (int i = 0; i < first.configurations(); i++) {
            started.add(configurations.point(configurationsStarted++));
        }
        return new SynchronousRound(started, first.budget());
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
