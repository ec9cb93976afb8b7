"""The --mf experiment's summary, tests and side-by-side table (optimizer.md sections 3.3 and 5, item 6).

Regret is the noise-free regret of the best completed (27-prompt) trial; a seed without one at a budget has none and
is left out of that cell (n_seeds says how many remain). Tests are two-sided Mann-Whitney U, as in the reference's
section 3.3 (configurations differ between arms, so the shared noise stream does not pair them), Holm-corrected
across the budgets of each comparison family.
"""
import math

import numpy as np

from . import stats
from .prompts import FUNCTION, R_PROMPTS

SUMMARY_COLUMNS = ["arm", "budget_full_evals", "budget_prompts", "n_seeds", "regret_median", "regret_q25",
                   "regret_q75", "regret_iqr", "log10_regret_median", "oracle_regret_median", "n_trials_median",
                   "n_completed_median", "wall_s_total_run_median", "suggest_ms_per_trial_mean", "optuna_version"]
# Pairs within one side: each Optuna pruning arm against the same sampler without pruning (the reference's own tests,
# section 3.3), and BOHB's model-based configurations against hyperband's Sobol points.
PAIRS = [("random+hb1", "random"), ("random+hb3", "random"), ("tpe+hb1", "tpe"), ("tpe+hb3", "tpe"),
         ("java-bohb1", "java-hyperband1"), ("java-bohb3", "java-hyperband3")]


def regrets_by_cell(raw_rows):
    """(FUNCTION, arm, budget in prompts) -> {seed: regret}, seeds without a completed trial left out."""
    out = {}
    for r in raw_rows:
        cell = out.setdefault((FUNCTION, r["arm"], r["budget_prompts"]), {})
        if not math.isnan(r["regret"]):
            cell[r["seed"]] = r["regret"]
    return out


def summarise(raw_rows, suggest_ms, optuna_version):
    groups = {}
    for row in raw_rows:
        groups.setdefault((row["arm"], row["budget_full_evals"]), []).append(row)
    out = []
    for (arm, full), rows in groups.items():
        regret = [r["regret"] for r in rows if not math.isnan(r["regret"])]
        median = stats.quantile(regret, 50)
        own = [suggest_ms[key] for key in ((FUNCTION, arm, r["seed"], r["budget_prompts"]) for r in rows)
               if key in suggest_ms]
        out.append(dict(
            arm=arm, budget_full_evals=full, budget_prompts=full * R_PROMPTS, n_seeds=len(regret),
            regret_median=median, regret_q25=stats.quantile(regret, 25), regret_q75=stats.quantile(regret, 75),
            regret_iqr=stats.quantile(regret, 75) - stats.quantile(regret, 25),
            log10_regret_median=math.log10(max(median, 1e-12)),
            oracle_regret_median=stats.quantile([r["oracle_regret"] for r in rows], 50),
            n_trials_median=stats.quantile([r["n_trials"] for r in rows], 50),
            n_completed_median=stats.quantile([r["n_completed"] for r in rows], 50),
            wall_s_total_run_median=stats.quantile([r["wall_s_total_run"] for r in rows], 50),
            suggest_ms_per_trial_mean=float(np.mean(own)) if own else "",
            optuna_version=optuna_version))
    return out


def comparisons(raw_rows, summary_rows, java_arms, optuna_arms):
    """Every Java arm against the best Optuna arm per budget and against each Optuna arm; then PAIRS.
    Returns {(arm, comparator): [Comparison per budget]}."""
    regrets = regrets_by_cell(raw_rows)
    medians = {(r["arm"], r["budget_prompts"]): r["regret_median"] for r in summary_rows}
    cells = [(FUNCTION, b) for b in sorted({r["budget_prompts"] for r in raw_rows})]

    def family(strategy, comparator_of_cell, label=None):
        return stats.compare(regrets, cells, strategy, comparator_of_cell, set(), label)

    out = {}
    for arm in java_arms:
        if optuna_arms:
            out[(arm, "best Optuna arm")] = family(
                arm, lambda f, b: min(optuna_arms, key=lambda a: medians[(a, b)]), "best Optuna")
        for other in optuna_arms:
            out[(arm, other)] = family(arm, lambda f, b, other=other: other)
    measured = set(java_arms) | set(optuna_arms)
    for arm, other in PAIRS:
        if arm in measured and other in measured:
            out[(arm, other)] = family(arm, lambda f, b, other=other: other)
    return out


def _g(value):
    return "%.3g" % value


def render(env, arms, summary_rows, families, seeds):
    by_key = {(r["arm"], r["budget_full_evals"]): r for r in summary_rows}
    fulls = sorted({r["budget_full_evals"] for r in summary_rows})
    top = max(fulls)
    lines = ["# Multi-fidelity benchmark: hyperband against Optuna's pruners (optuna_bench.py --mf)", "",
             "Hartmann-6, prompt noise sd 0.5, R = %d, eta = 3, seeds %d-%d, budgets %s prompts; total %s s. "
             "Incumbent = best completed (%d-prompt) trial by observed mean; regret noise-free."
             % (R_PROMPTS, seeds[0], seeds[-1], "/".join("%d" % (b * R_PROMPTS) for b in fulls),
                env.get("elapsed_s"), R_PROMPTS), "",
             "| environment | |", "|---|---|"]
    lines += ["| %s | %s |" % (k, v) for k, v in env.items() if k != "elapsed_s"]
    lines += ["", "## Median [q25–q75] regret", "",
              "Configurations started and completed (%d-prompt) trials: medians at %d prompts. A java arm is one "
              "session per budget; an Optuna arm one run read at each budget, as in the reference."
              % (R_PROMPTS, top * R_PROMPTS), "",
              "| arm | " + " | ".join("%d prompts (=%d full)" % (b * R_PROMPTS, b) for b in fulls)
              + " | started @%d | completed @%d |" % (top * R_PROMPTS, top * R_PROMPTS),
              "|---" * (len(fulls) + 3) + "|"]
    for arm in arms:
        cells = ["%s [%s–%s]%s" % (_g(r["regret_median"]), _g(r["regret_q25"]), _g(r["regret_q75"]),
                                   "" if r["n_seeds"] == len(seeds) else " (%d seeds)" % r["n_seeds"])
                 for r in (by_key[(arm, b)] for b in fulls)]
        last = by_key[(arm, top)]
        lines.append("| %s | %s | %.0f | %.0f |" % (arm, " | ".join(cells), last["n_trials_median"],
                                                    last["n_completed_median"]))
    lines += ["", "## Tests (Mann-Whitney U, two-sided; Holm across the %d budgets of each row's family)" % len(fulls),
              "", "P = P(first arm's regret < second's) over all seed pairs, ties half; *beats*/*worse*: Holm p <= "
              "0.05 with P above/below 0.5; *matches*: neither, median ratio in [0.5, 2].", "",
              "| arm | against | " + " | ".join("%d: p (Holm), P, outcome" % (b * R_PROMPTS) for b in fulls) + " |",
              "|---" * (len(fulls) + 2) + "|"]
    for (arm, against), rows in families.items():
        shown = against if against != "best Optuna arm" else "best Optuna arm (%s)" % ", ".join(
            c.comparator.split("(")[-1].rstrip(")") for c in rows)
        lines.append("| %s | %s | %s |" % (arm, shown, " | ".join(
            "%.2g (%.2g), %.2f, %s" % (c.p, c.p_holm, c.p_strategy_better, c.outcome) for c in rows)))
    return "\n".join(lines) + "\n"
