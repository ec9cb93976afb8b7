"""Per-cell summaries (optuna_bench.csv's columns, plus the strategy's own suggest time) and the verdicts."""
import math
from dataclasses import dataclass
from typing import Dict, List

import numpy as np

from . import stats

SUMMARY_COLUMNS = ["function", "sampler", "budget", "n_seeds", "regret_median", "regret_q25", "regret_q75",
                   "regret_iqr", "log10_regret_median", "oracle_regret_median", "ms_per_trial_median",
                   "ms_per_trial_q25", "ms_per_trial_q75", "ms_last_trial_median", "suggest_ms_per_trial_mean",
                   "optuna_version"]
COMPARISON_COLUMNS = ["function", "budget", "strategy", "comparator", "test", "p", "p_holm",
                      "p_strategy_better", "median_ratio", "outcome"]
SUGGEST_BUDGET = 100
SUGGEST_LIMIT_MS = 20.0


def summarise(raw_rows, suggest_ms, optuna_version):
    """One row per (function, sampler, budget). suggest_ms maps (function, sampler, seed, budget) to the mean."""
    groups = {}
    for row in raw_rows:
        groups.setdefault((row["function"], row["sampler"], row["budget"]), []).append(row)
    out = []
    for (function, sampler, budget), rows in groups.items():
        regret = [r["regret"] for r in rows]
        per_trial = [r["ms_per_trial"] for r in rows]
        own = [suggest_ms[(function, sampler, r["seed"], budget)] for r in rows
               if (function, sampler, r["seed"], budget) in suggest_ms]
        median = stats.quantile(regret, 50)
        out.append(dict(
            function=function, sampler=sampler, budget=budget, n_seeds=len(rows),
            regret_median=median, regret_q25=stats.quantile(regret, 25), regret_q75=stats.quantile(regret, 75),
            regret_iqr=stats.quantile(regret, 75) - stats.quantile(regret, 25),
            log10_regret_median=math.log10(max(median, 1e-12)),
            oracle_regret_median=stats.quantile([r["oracle_regret"] for r in rows], 50),
            ms_per_trial_median=stats.quantile(per_trial, 50), ms_per_trial_q25=stats.quantile(per_trial, 25),
            ms_per_trial_q75=stats.quantile(per_trial, 75),
            ms_last_trial_median=stats.quantile([r["ms_last_trial"] for r in rows], 50),
            suggest_ms_per_trial_mean=float(np.mean(own)) if own else "",
            optuna_version=optuna_version))
    return out


@dataclass
class StrategyVerdict:
    """Issue 12's check for one strategy: not worse than the best Optuna sampler at 50 and 100 trials on every
    function, better than random at 100, suggest time under 20 ms per trial at 100 trials."""

    strategy: str
    versus_best: List[stats.Comparison]
    versus_random: List[stats.Comparison]
    suggest_ms_at_100: Dict[str, float]

    def not_worse_than_best(self, budgets=(50, 100)):
        """True or False; None when the run had none of these budgets."""
        cells = [c for c in self.versus_best if c.budget in budgets]
        return all(not c.significantly_worse for c in cells) if cells else None

    def better_than_random_at_100(self):
        cells = [c for c in self.versus_random if c.budget == SUGGEST_BUDGET]
        return all(c.significantly_better for c in cells) if cells else None

    def suggest_within_limit(self):
        values = self.suggest_ms_at_100.values()
        return all(v < SUGGEST_LIMIT_MS for v in values) if values else None


def verdicts(raw_rows, summary_rows, suggest_ms, strategies, optuna_samplers, functions, budgets, noisy):
    regrets = {}
    for r in raw_rows:
        regrets.setdefault((r["function"], r["sampler"], r["budget"]), {})[r["seed"]] = r["regret"]
    medians = {(r["function"], r["sampler"], r["budget"]): r["regret_median"] for r in summary_rows}
    cells = [(f, b) for f in functions for b in budgets]

    def best_optuna(function, budget):
        return min(optuna_samplers, key=lambda s: medians[(function, s, budget)])

    out, comparisons = [], []
    for strategy in strategies:
        versus_best = stats.compare(regrets, cells, strategy, best_optuna, noisy, "best Optuna")
        versus_random = (stats.compare(regrets, cells, strategy, lambda f, b: "random", noisy, None)
                         if "random" in optuna_samplers else [])
        per_sampler = [c for s in optuna_samplers if s != "random"
                       for c in stats.compare(regrets, cells, strategy, lambda f, b, s=s: s, noisy, None)]
        comparisons += versus_best + versus_random + per_sampler
        at_100 = {}
        for f in functions:
            values = [v for (fn, s, _, b), v in suggest_ms.items() if fn == f and s == strategy and b == SUGGEST_BUDGET]
            if values:
                at_100[f] = float(np.mean(values))
        out.append(StrategyVerdict(strategy, versus_best, versus_random, at_100))
    return out, comparisons


def comparison_row(c):
    return dict(function=c.function, budget=c.budget, strategy=c.strategy, comparator=c.comparator, test=c.test,
                p=c.p, p_holm=c.p_holm, p_strategy_better=c.p_strategy_better, median_ratio=c.median_ratio,
                outcome=c.outcome)
