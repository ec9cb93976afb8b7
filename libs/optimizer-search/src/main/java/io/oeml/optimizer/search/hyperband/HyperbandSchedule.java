package io.oeml.optimizer.search.hyperband;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Hyperband's brackets (Li et al., JMLR 18 (2018) 16-558) for a resource counted in evaluation prompts:
 * {@code s_max = floor(log_eta(R / r_min))}; bracket s starts {@code n = ceil((s_max + 1) / (s + 1) * eta^s)}
 * configurations at {@code R * eta^-s} prompts, and rung i keeps {@code floor(n * eta^-i)} of them at
 * {@code R * eta^(i - s)} prompts. Brackets run from the most aggressive (s = s_max) to plain random search (s = 0).
 */
public record HyperbandSchedule(int maxBudget, int eta, int minBudget, List<Bracket> brackets) {

    /** One successive-halving run: its rungs, widest first. */
    public record Bracket(int s, List<Rung> rungs) {

        public Bracket {
            rungs = List.copyOf(rungs);
        }

        /** Prompt evaluations when a promoted configuration keeps its scored prompts and only runs the new ones. */
        public long promptEvaluationsWithReuse() {
            long total = 0;
            int previousBudget = 0;
            for (Rung rung : rungs) {
                total += (long) rung.configurations() * (rung.budget() - previousBudget);
                previousBudget = rung.budget();
            }
            return total;
        }
    }

    /** How many configurations a rung evaluates, and on how many prompts each. */
    public record Rung(int configurations, int budget) {
    }

    public HyperbandSchedule {
        brackets = List.copyOf(brackets);
    }

    /** Keeps the widest bracket's size well inside an int; far beyond any prompt set. */
    static final int MAX_BUDGET_LIMIT = 100_000;

    public static HyperbandSchedule of(int maxBudget, int eta, int minBudget) {
        if (maxBudget > MAX_BUDGET_LIMIT) {
            throw new IllegalArgumentException("max_budget must be at most " + MAX_BUDGET_LIMIT + ", got " + maxBudget);
        }
        if (eta < 2) {
            throw new IllegalArgumentException("eta must be at least 2, got " + eta);
        }
        if (minBudget < 1 || maxBudget < minBudget) {
            throw new IllegalArgumentException("budgets need 1 <= min_budget <= max_budget, got min_budget " + minBudget
                    + " and max_budget " + maxBudget);
        }
        int sMax = 0;
        while ((long) minBudget * power(eta, sMax + 1) <= maxBudget) {
            sMax++;
        }
        List<Bracket> brackets = new ArrayList<>();
        for (int s = sMax; s >= 0; s--) {
            brackets.add(bracket(s, ceilDiv((sMax + 1) * power(eta, s), s + 1), maxBudget, eta, minBudget));
        }
        return new HyperbandSchedule(maxBudget, eta, minBudget, brackets);
    }

    /**
     * The bracket as it is, or, when it costs more than {@code prompts} (with reuse), the same bracket started with
     * fewer configurations: the most that fit, as long as one of them still reaches the top rung. Empty when not even
     * that fits.
     */
    public Optional<Bracket> within(Bracket bracket, long prompts) {
        int s = bracket.s();
        for (long n = bracket.rungs().get(0).configurations(); n >= power(eta, s); n--) {
            Bracket narrowed = bracket(s, n, maxBudget, eta, minBudget);
            if (narrowed.promptEvaluationsWithReuse() <= prompts) {
                return Optional.of(narrowed);
            }
        }
        return Optional.empty();
    }

    /** Bracket s started with n configurations: rung i keeps floor(n * eta^-i) of them at R * eta^(i - s) prompts. */
    private static Bracket bracket(int s, long n, int maxBudget, int eta, int minBudget) {
        List<Rung> rungs = new ArrayList<>();
        for (int i = 0; i <= s; i++) {
            int budget = (int) Math.max(minBudget, maxBudget / power(eta, s - i));
            rungs.add(new Rung((int) (n / power(eta, i)), budget));
        }
        return new Bracket(s, rungs);
    }

    /** Distinct configurations started: the widest rung of every bracket. */
    public int configurations() {
        return brackets.stream().mapToInt(bracket -> bracket.rungs().get(0).configurations()).sum();
    }

    /** Trials asked: every rung's configurations, promotions included. */
    public int trials() {
        return brackets.stream().flatMap(bracket -> bracket.rungs().stream()).mapToInt(Rung::configurations).sum();
    }

    /** Prompt evaluations when a promoted configuration is scored anew on all its rung's prompts. */
    public long promptEvaluations() {
        return brackets.stream().flatMap(bracket -> bracket.rungs().stream())
                .mapToLong(rung -> (long) rung.configurations() * rung.budget()).sum();
    }

    /** Prompt evaluations when a promoted configuration keeps its scored prompts and only runs the new ones. */
    public long promptEvaluationsWithReuse() {
        return brackets.stream().mapToLong(Bracket::promptEvaluationsWithReuse).sum();
    }

    private static long power(int base, int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= base;
        }
        return result;
    }

    private static long ceilDiv(long dividend, long divisor) {
        return (dividend + divisor - 1) / divisor;
    }
}
