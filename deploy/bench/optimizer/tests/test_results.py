"""A results folder holds everything the analysis needs, so --report-from redoes it without running anything."""
from optbench.results import Results


def sample():
    raw = [dict(function="f", sampler=s, seed=seed, budget=25, best_observed=0.5, regret=0.25 + seed,
                oracle_regret=0.125, wall_s=0.01, ms_per_trial=0.4, ms_last_trial=0.5)
           for s in ("java-random_search", "tpe") for seed in (0, 1)]
    return Results(raw, {("f", "java-random_search", 0, 25): 0.75}, {("f", 25): "x 5 levels"},
                   {"optuna": "5.0.0", "elapsed_s": 1.5})


def test_saved_results_load_back_equal(tmp_path):
    sample().save(tmp_path)
    assert Results.load(tmp_path) == sample()


def test_optuna_samplers_come_before_the_java_strategies():
    assert sample().samplers() == ["tpe", "java-random_search"]
