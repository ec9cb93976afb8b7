package io.oeml.optimizer.search.strategy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.oeml.optimizer.search.space.Assignment;

/**
 * A set of assignments that must all be told before a strategy moves on: an evolutionary generation, a Hyperband rung.
 * Trials are matched to members by assignment and budget, in trial-number order, so the outcome depends only on
 * which trials were told, not on when: a strategy replayed from its history ends up in the same round with the same
 * observations, and a member whose trial was lost before a restart is simply asked again.
 */
public final class SynchronousRound {

    private final List<Assignment> members;
    private final int budget;
    private final List<CompletedTrial> told = new ArrayList<>();

    public SynchronousRound(List<Assignment> members, int budget) {
        this.members = List.copyOf(members);
        this.budget = budget;
    }

    public List<Assignment> members() {
        return members;
    }

    public int budget() {
        return budget;
    }

    /** The first member that neither a told nor a pending trial covers; empty while every member is out or done. */
    public Optional<Assignment> nextOpen(Collection<Trial> pending) {
        List<Trial> covering = new ArrayList<>(pending);
        told.forEach(completed -> covering.add(completed.trial()));
        int[] match = match(covering);
        for (int member = 0; member < members.size(); member++) {
            if (match[member] < 0) {
                return Optional.of(members.get(member));
            }
        }
        return Optional.empty();
    }

    /**
     * Records a told trial of this round.
     *
     * @throws IllegalArgumentException when the trial is no open member of this round (a history that does not belong
     *         to this strategy's seed and settings)
     */
    public void record(CompletedTrial completed) {
        List<Trial> covering = new ArrayList<>();
        told.forEach(done -> covering.add(done.trial()));
        covering.add(completed.trial());
        if (covering.size() > members.size() || countMatched(match(covering)) < covering.size()) {
            throw new IllegalArgumentException("trial " + completed.number() + " " + completed.trial().assignment()
                    + " at budget " + completed.trial().budget() + " is no open member of the current round");
        }
        told.add(completed);
    }

    public boolean complete() {
        return told.size() == members.size();
    }

    /** Each member's observation, in member order; only for a complete round. */
    public List<Observation> observations() {
        if (!complete()) {
            throw new IllegalStateException("the round is not complete");
        }
        int[] match = match(told.stream().map(CompletedTrial::trial).toList());
        return Arrays.stream(match).mapToObj(index -> told.get(index).observation()).toList();
    }

    /** For each member, the index into {@code trials} of the trial covering it, or -1: lowest numbers first. */
    private int[] match(List<Trial> trials) {
        int[] match = new int[members.size()];
        Arrays.fill(match, -1);
        List<Integer> byNumber = new ArrayList<>();
        for (int i = 0; i < trials.size(); i++) {
            byNumber.add(i);
        }
        byNumber.sort(Comparator.comparingInt(i -> trials.get(i).number()));
        for (int index : byNumber) {
            Trial trial = trials.get(index);
            for (int member = 0; member < members.size(); member++) {
                if (match[member] < 0 && trial.budget() == budget && members.get(member).equals(trial.assignment())) {
                    match[member] = index;
                    break;
                }
            }
        }
        return match;
    }

    private static int countMatched(int[] match) {
        return (int) Arrays.stream(match).filter(index -> index >= 0).count();
    }
}
