"""The protocol's statistics (optimizer.md section 5, item 6): medians, rank tests, Holm, effect size, verdicts."""
import math
from dataclasses import dataclass

import numpy as np
from scipy import stats

ALPHA = 0.05


def quantile(values, p):
    return float(np.percentile(np.asarray(values, dtype=float), p))


def p_less(x, y):
    """P(X < Y) over all pairs, ties counted half: the common-language effect size of Mann-Whitney U."""
    x = np.asarray(x, dtype=float)[:, None]
    y = np.asarray(y, dtype=float)[None, :]
    return float(np.mean((x < y) + 0.5 * (x == y)))


def two_sided_p(x_by_seed, y_by_seed, paired):
    """Mann-Whitney U; for noisy functions the Wilcoxon signed-rank test paired by seed (shared noise stream)."""
    if paired:
        seeds = sorted(set(x_by_seed) & set(y_by_seed))
        diffs = np.array([x_by_seed[s] - y_by_seed[s] for s in seeds])
        if len(diffs) == 0 or np.all(diffs == 0):
            return 1.0, "wilcoxon"
        return float(stats.wilcoxon(diffs, alternative="two-sided").pvalue), "wilcoxon"
    x, y = list(x_by_seed.values()), list(y_by_seed.values())
    return float(stats.mannwhitneyu(x, y, alternative="two-sided").pvalue), "mann-whitney"


def holm(p_values):
    """Holm-Bonferroni adjusted p-values, in the input order."""
    order = sorted(range(len(p_values)), key=lambda i: p_values[i])
    adjusted = [0.0] * len(p_values)
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (len(p_values) - rank) * p_values[i]))
        adjusted[i] = running
    return adjusted


@dataclass
class Comparison:
    """One strategy against one comparator on one function and budget."""

    function: str
    budget: int
    strategy: str
    comparator: str
    test: str
    p: float
    p_holm: float
    p_strategy_better: float
    median_ratio: float

    @property
    def significantly_worse(self):
        return self.p_holm <= ALPHA and self.p_strategy_better < 0.5

    @property
    def significantly_better(self):
        return self.p_holm <= ALPHA and self.p_strategy_better > 0.5

    @property
    def outcome(self):
        """The protocol's words: beats (p < 0.05, P > 0.5), matches (p > 0.05, median ratio in [0.5, 2])."""
        if self.significantly_better:
            return "beats"
        if self.significantly_worse:
            return "worse"
        if 0.5 <= self.median_ratio <= 2.0:
            return "matches"
        return "not significant"


def median_ratio(x, y):
    mx, my = float(np.median(x)), float(np.median(y))
    if my == 0:
        return 1.0 if mx == 0 else math.inf
    return mx / my


def compare(regrets, cells, strategy, comparator_of_cell, paired_functions, label):
    """Comparisons of `strategy` with the comparator chosen per cell, Holm-corrected across all the cells.

    regrets maps (function, sampler, budget) to {seed: regret}; comparator_of_cell(function, budget) names the
    sampler to compare with (a fixed one, or the cell's best Optuna sampler); label names the family.
    """
    rows = []
    for function, budget in cells:
        other = comparator_of_cell(function, budget)
        mine, theirs = regrets[(function, strategy, budget)], regrets[(function, other, budget)]
        p, test = two_sided_p(mine, theirs, function in paired_functions)
        rows.append(Comparison(function, budget, strategy, other if label is None else "%s (%s)" % (label, other),
                               test, p, p, p_less(list(mine.values()), list(theirs.values())),
                               median_ratio(list(mine.values()), list(theirs.values()))))
    for row, adjusted in zip(rows, holm([r.p for r in rows])):
        row.p_holm = adjusted
    return rows


def mean_ranks(medians, functions, samplers, budget):
    """Mean rank over functions by median regret (1 = best), as in optimizer.md section 3.2."""
    ranks = {s: [] for s in samplers}
    for f in functions:
        values = [medians[(f, s, budget)] for s in samplers]
        for s, r in zip(samplers, stats.rankdata(values)):
            ranks[s].append(float(r))
    return {s: float(np.mean(r)) for s, r in ranks.items()}
