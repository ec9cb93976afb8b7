"""The harness and the real AskTellDriver process (class path from run.sh), request by request and for whole runs."""
import os

import pytest

from optbench import functions, java_side, plugins, prompts

CLASSPATH = os.environ.get("OEML_BENCH_CLASSPATH")
pytestmark = pytest.mark.skipif(not CLASSPATH, reason="needs OEML_BENCH_CLASSPATH: run through run.sh test")
EXAMPLE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "examples",
                       "extra_functions.py")
BRANIN = functions.FUNCTIONS[0]


@pytest.fixture(scope="module")
def driver():
    with java_side.AskTellDriver(CLASSPATH) as d:
        yield d


def test_asked_trials_carry_a_value_of_the_right_type_for_every_parameter(driver):
    driver.create("random_search", BRANIN.space, budget=10, seed=0)
    [trial] = driver.ask(1)["trials"]
    params = trial["params"]
    assert trial["number"] == 0 and trial["budget"] == 0
    assert isinstance(params["x1"], float) and -5.0 <= params["x1"] <= 10.0
    assert isinstance(params["d_int"], int) and 0 <= params["d_int"] <= 9
    assert params["d_cat"] in ("a", "b", "c")


def test_a_told_trial_is_acknowledged(driver):
    driver.create("random_search", BRANIN.space, budget=10, seed=0)
    number = driver.ask(1)["trials"][0]["number"]
    assert driver.tell(number, [1.5]) == {"ok": True}


def test_an_error_answer_raises_and_the_driver_answers_the_next_request(driver):
    driver.create("random_search", BRANIN.space, budget=10, seed=0)
    with pytest.raises(java_side.DriverError, match="never asked"):
        driver.tell(99, [1.0])
    assert len(driver.ask(1)["trials"]) == 1


def test_a_run_evaluates_exactly_the_budget_and_records_the_suggest_time(driver):
    log = java_side.run(driver, BRANIN, "random_search", seed=3, budget=25)
    assert len(log.true_values) == 25 and len(log.suggest_s) == 25 and all(s > 0 for s in log.suggest_s)


def test_the_same_seed_gives_the_same_run(driver):
    first = java_side.run(driver, BRANIN, "random_search", seed=4, budget=10).true_values
    assert java_side.run(driver, BRANIN, "random_search", seed=4, budget=10).true_values == first


def test_a_plug_in_function_with_log_scale_parameters_runs_through_the_driver(driver):
    fn = plugins.load_functions(EXAMPLE, ["log_bowl3_mixed"])[0]
    log = java_side.run(driver, fn, "random_search", seed=0, budget=10)
    assert len(log.true_values) == 10 and min(log.true_values) >= fn.f_star


@pytest.mark.parametrize("strategy", ["random_search", "grid_search", "bayesian_optimization", "evolutionary"])
def test_every_single_fidelity_strategy_answers_a_first_trial_inside_the_space(driver, strategy):
    driver.create(strategy, BRANIN.space, budget=25, seed=0)
    [trial] = driver.ask(1)["trials"]
    assert set(trial["params"]) == {"x1", "x2", "d_int", "d_cat"}
    assert 0.0 <= trial["params"]["x2"] <= 15.0


def test_a_hyperband_mf_session_spends_its_prompts_to_less_than_one_full_evaluation_and_finishes(driver):
    log, suggest_s, _ = java_side.run_mf(driver, "java-hyperband1", seed=0, max_prompts=675)
    assert log.prompts_used == 660 and log.configurations == 96
    assert prompts.raw_row("java-hyperband1", log, 25, 0.0)["n_completed"] == 1 + 1 + 2 + 4 + 1 + 1 + 2 + 2
    assert len(suggest_s) == len(log.ends)


def test_hyperband_with_r_min_3_starts_its_first_rung_at_3_prompts(driver):
    log, _, _ = java_side.run_mf(driver, "java-hyperband3", seed=0, max_prompts=81)
    assert log.ends[0].prompts_used == 3
