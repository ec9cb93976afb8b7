"""The --mf experiment's Optuna arms (a port of optuna_bench.py's run_mf) and its analysis."""
import math

import pytest

from optbench import mf_analysis, optuna_side, prompts
from optbench.results import Results


def test_an_arm_without_a_pruner_runs_every_trial_to_27_prompts_until_the_budget_is_spent():
    log, _ = optuna_side.run_mf("random", seed=0, max_prompts=81)
    assert [(e.prompts_used, e.completed) for e in log.ends] == [(27, True), (54, True), (81, True)]


def test_a_hyperband_pruner_stops_trials_early_and_the_run_stops_once_the_prompts_are_spent():
    log, _ = optuna_side.run_mf("random+hb1", seed=0, max_prompts=200)
    assert any(not e.completed for e in log.ends)
    assert 200 <= log.prompts_used < 200 + prompts.R_PROMPTS
    assert [e.prompts_used for e in log.ends] == sorted(e.prompts_used for e in log.ends)


def raw(arm, regrets, full=25):
    return [dict(arm=arm, seed=seed, budget_full_evals=full, budget_prompts=full * 27, n_trials=10, n_completed=3,
                 regret=r, oracle_regret=0.1, wall_s_total_run=1.0) for seed, r in enumerate(regrets)]


def test_a_seed_without_a_completed_trial_is_left_out_of_its_cell():
    [row] = mf_analysis.summarise(raw("a", [0.2, math.nan, 0.4]), {}, "5.0.0")
    assert row["n_seeds"] == 2 and row["regret_median"] == pytest.approx(0.3)


def test_a_clearly_lower_java_arm_beats_the_optuna_arm_and_its_family_is_one_row_per_budget():
    rows = raw("java-hyperband1", [0.01 * s for s in range(30)]) + raw("random", [1 + 0.01 * s for s in range(30)])
    summary = mf_analysis.summarise(rows, {}, "5.0.0")
    families = mf_analysis.comparisons(rows, summary, ["java-hyperband1"], ["random"])
    assert [c.outcome for c in families[("java-hyperband1", "random")]] == ["beats"]
    assert families[("java-hyperband1", "best Optuna arm")][0].comparator == "best Optuna (random)"


def test_saved_mf_results_load_back_equal(tmp_path):
    results = Results(raw("tpe", [0.5, math.inf]), {(prompts.FUNCTION, "tpe", 0, 675): 0.25}, {},
                      {"optuna": "5.0.0"}, "bench_mf")
    results.save(tmp_path)
    assert Results.load(tmp_path, "bench_mf") == results
    assert (tmp_path / "bench_mf_raw.csv").read_text().splitlines()[0] == ",".join(prompts.RAW_COLUMNS)
