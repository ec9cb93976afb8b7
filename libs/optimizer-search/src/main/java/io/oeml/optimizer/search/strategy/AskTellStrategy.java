package io.oeml.optimizer.search.strategy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.oeml.optimizer.search.space.SearchSpace;

/**
 * The bookkeeping every strategy shares: trial numbering, pending and told trials, the checks on {@link #tell}, and
 * replay of a stored history ({@link Strategies#restore}). A strategy implements {@link #propose} and, when it keeps
 * state beyond the told history, {@link #onTold}, which sees live and replayed observations alike.
 */
public abstract class AskTellStrategy implements Strategy {

    protected final SearchSpace space;
    protected final StrategySettings settings;
    private final Map<Integer, Trial> pending = new LinkedHashMap<>();
    private final List<CompletedTrial> completed = new ArrayList<>();
    private final Set<Integer> told = new HashSet<>();
    private int nextNumber;

    protected AskTellStrategy(SearchSpace space, StrategySettings settings) {
        this.space = space;
        this.settings = settings;
    }

    /**
     * The trial numbered {@code number}, or empty when there is none to ask now. Trials asked earlier in the same
     * batch are already in {@link #pending()}.
     */
    protected abstract Optional<Trial> propose(int number);

    /** Called after every observation is recorded, live or replayed. */
    protected void onTold(CompletedTrial completedTrial) {
    }

    @Override
    public final List<Trial> ask(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("ask for at least one trial, not " + count);
        }
        List<Trial> batch = new ArrayList<>();
        while (batch.size() < count && !finished()) {
            Optional<Trial> trial = propose(nextNumber);
            if (trial.isEmpty()) {
                break;
            }
            if (trial.get().number() != nextNumber) {
                throw new IllegalStateException("proposed trial " + trial.get().number() + " for number " + nextNumber);
            }
            pending.put(nextNumber++, trial.get());
            batch.add(trial.get());
        }
        return batch;
    }

    @Override
    public final void tell(int trialNumber, Observation observation) {
        requireObjectives(observation);
        Trial trial = pending.remove(trialNumber);
        if (trial == null) {
            throw new IllegalArgumentException(told.contains(trialNumber)
                    ? "trial " + trialNumber + " was already told"
                    : "trial " + trialNumber + " was never asked");
        }
        record(new CompletedTrial(trial, observation));
    }

    /** Records a trial of a stored history as asked and told; numbering continues after the highest number seen. */
    final void replay(CompletedTrial completedTrial) {
        int number = completedTrial.number();
        requireObjectives(completedTrial.observation());
        if (told.contains(number) || pending.containsKey(number)) {
            throw new IllegalArgumentException("history holds trial " + number + " twice");
        }
        nextNumber = Math.max(nextNumber, number + 1);
        record(completedTrial);
    }

    /** Numbering continues at {@code number} at the earliest (after a replay, trials a caller lost keep theirs). */
    final void numberFrom(int number) {
        nextNumber = Math.max(nextNumber, number);
    }

    private void record(CompletedTrial completedTrial) {
        told.add(completedTrial.number());
        completed.add(completedTrial);
        onTold(completedTrial);
    }

    private void requireObjectives(Observation observation) {
        if (observation.objectives() != settings.objectives()) {
            throw new IllegalArgumentException("expected " + settings.objectives() + " objective value(s), got "
                    + observation.objectives());
        }
    }

    @Override
    public boolean finished() {
        return false;
    }

    /** Told trials in the order they were told. */
    protected final List<CompletedTrial> completed() {
        return Collections.unmodifiableList(completed);
    }

    /** Asked, not yet told trials in the order they were asked. */
    protected final Collection<Trial> pending() {
        return Collections.unmodifiableCollection(pending.values());
    }
}
