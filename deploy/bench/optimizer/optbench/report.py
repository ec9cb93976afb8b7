"""The side-by-side table and the verdicts as Markdown (printed and written as bench_report.md)."""
import math

from .summary import SUGGEST_BUDGET, SUGGEST_LIMIT_MS


def _g(value):
    return "%.3g" % value


def _smallest_holm_p(seeds, cells):
    """Two-sided exact Mann-Whitney p of complete separation (2 / C(2n, n)), times the cell count."""
    return min(1.0, cells * 2.0 / math.comb(2 * seeds, seeds))


def _answer(verdict):
    return "not measured (budget not in the run)" if verdict is None else ("yes" if verdict else "no")


def _cell(row):
    return "%s [%s–%s]" % (_g(row["regret_median"]), _g(row["regret_q25"]), _g(row["regret_q75"]))


def render(env, functions, samplers, budgets, summary_rows, verdicts, ranks, grids, seeds):
    by_key = {(r["function"], r["sampler"], r["budget"]): r for r in summary_rows}
    lines = ["# Optimizer benchmark: this project's strategies against Optuna", "",
             "Seeds %d-%d, budgets %s, one worker; total %s s." % (seeds[0], seeds[-1],
                                                                 "/".join(map(str, budgets)), env.get("elapsed_s")),
             "",
             "| environment | |", "|---|---|"]
    lines += ["| %s | %s |" % (k, v) for k, v in env.items() if k != "elapsed_s"]
    for f in functions:
        lines += ["", "## %s" % f, "",
                  "Median [q25–q75] regret over %d seeds; ms/trial = wall time per trial at %d trials (sampler, "
                  "storage or pipe, objective); suggest ms = the Java strategy's own time inside ask."
                  % (len(seeds), max(budgets)), "",
                  "| sampler | " + " | ".join("B=%d" % b for b in budgets) + " | ms/trial | suggest ms |",
                  "|---" * (len(budgets) + 3) + "|"]
        for s in samplers:
            cells = [_cell(by_key[(f, s, b)]) for b in budgets]
            last = by_key[(f, s, max(budgets))]
            suggest = last["suggest_ms_per_trial_mean"]
            lines.append("| %s | %s | %.2f | %s |" % (s, " | ".join(cells), last["ms_per_trial_median"],
                                                     "%.2f" % suggest if suggest != "" else "–"))
        stated = ["B=%d: %s" % (b, grids[(f, b)]) for b in budgets if (f, b) in grids]
        if stated:
            lines += ["", "java-grid_search's grids: " + "; ".join(stated)]
    lines += ["", "## Mean rank over the functions (by median regret, 1 = best)", "",
              "| budget | " + " | ".join(samplers) + " |", "|---" * (len(samplers) + 1) + "|"]
    for b in budgets:
        lines.append("| %d | %s |" % (b, " | ".join("%.2f" % ranks[b][s] for s in samplers)))
    lines += ["", "## Verdicts (Holm-corrected across the %d function x budget cells of each comparison)"
              % (len(functions) * len(budgets)), "",
              "Mann-Whitney U; Wilcoxon signed-rank paired by seed on noisy functions (shared noise stream). "
              "P = P(strategy's regret < comparator's) over all seed pairs, ties half. "
              "With %d seeds the smallest Holm-corrected Mann-Whitney p possible is %.2g%s."
              % (len(seeds), _smallest_holm_p(len(seeds), len(functions) * len(budgets)),
                 ": a smoke run, not a verdict" if _smallest_holm_p(len(seeds), len(functions) * len(budgets)) > 0.05
                 else ""), ""]
    for v in verdicts:
        lines += ["### %s" % v.strategy, "",
                  "| function | B | best Optuna | p (Holm) | P | vs best | vs random p (Holm) | P | vs random |",
                  "|---|---|---|---|---|---|---|---|---|"]
        random_by_cell = {(c.function, c.budget): c for c in v.versus_random}
        for c in v.versus_best:
            r = random_by_cell.get((c.function, c.budget))
            lines.append("| %s | %d | %s | %.3g | %.2f | %s | %s | %s | %s |" % (
                c.function, c.budget, c.comparator.split("(")[-1].rstrip(")"), c.p_holm, c.p_strategy_better,
                c.outcome,
                "%.3g" % r.p_holm if r else "–", "%.2f" % r.p_strategy_better if r else "–",
                r.outcome if r else "–"))
        suggest = ", ".join("%s %.2f ms" % (f, ms) for f, ms in v.suggest_ms_at_100.items())
        lines += ["",
                  "- not significantly worse than the best Optuna sampler at 50 and 100 trials on every function: "
                  "**%s**" % _answer(v.not_worse_than_best()),
                  "- significantly better than random at %d trials on every function: **%s**"
                  % (SUGGEST_BUDGET, _answer(v.better_than_random_at_100())),
                  "- mean suggest time per trial at %d trials: %s (limit %.0f ms: **%s**)"
                  % (SUGGEST_BUDGET, suggest or "not measured", SUGGEST_LIMIT_MS,
                     _answer(v.suggest_within_limit())), ""]
    return "\n".join(lines) + "\n"
