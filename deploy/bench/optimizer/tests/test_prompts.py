"""The --mf model: per-prompt noise, prompt reuse on promotion, the prompt accounting and reading a run at a budget."""
import math

import pytest

from optbench import prompts
from optbench.noise import noise

CENTRE = {"x%d" % i: 0.5 for i in range(1, 7)}
CORNER = {"x%d" % i: 0.0 for i in range(1, 7)}


def test_prompt_j_of_configuration_c_adds_the_noise_keyed_by_c_times_64_plus_j():
    log = prompts.PromptLog(seed=7)
    log.score("a", CENTRE, 1)
    second = log.score("b", CORNER, 2)
    f = prompts.true_value(CORNER)
    assert second == pytest.approx(f + (noise(7, 64, 0.5) + noise(7, 65, 0.5)) / 2, abs=1e-15)


def test_the_score_is_the_mean_of_the_prompts_run_so_far():
    log = prompts.PromptLog(seed=3)
    f = prompts.true_value(CENTRE)
    assert log.score(0, CENTRE, 3) == pytest.approx(f + sum(noise(3, j, 0.5) for j in range(3)) / 3, abs=1e-15)


def test_a_promoted_configuration_runs_only_its_new_prompts():
    log = prompts.PromptLog(seed=0)
    log.score("a", CENTRE, 3)
    log.score("a", CENTRE, 9)
    assert log.prompts_used == 9 and log.configurations == 1


def test_the_27_prompt_mean_has_the_noise_of_hartmann6_noisy():
    assert prompts.PROMPT_SD / math.sqrt(prompts.R_PROMPTS) == pytest.approx(0.096, abs=5e-4)


def test_a_trial_is_completed_only_when_it_ran_all_27_prompts():
    log = prompts.PromptLog(seed=0)
    log.score("a", CENTRE, 9)
    log.end_trial("a", 9)
    log.score("a", CENTRE, 27)
    log.end_trial("a", 27)
    assert [(e.prompts_used, e.completed) for e in log.ends] == [(9, False), (27, True)]


def test_more_prompts_than_the_noise_layout_holds_are_refused():
    with pytest.raises(ValueError, match="1 to 64 prompts"):
        prompts.PromptLog(seed=0).score("a", CENTRE, 65)


def ended(seed, trials):
    """A log whose trials (key, params, prompts) ran one after another."""
    log = prompts.PromptLog(seed)
    for key, params, n in trials:
        log.score(key, params, n)
        log.end_trial(key, n)
    return log


def test_the_incumbent_is_the_best_completed_trial_and_its_regret_is_noise_free():
    log = ended(1, [("good", CORNER, 1), ("full", CENTRE, 27)])
    row = prompts.raw_row("arm", log, budget_full_evals=25, wall_s=1.0)
    assert row["n_completed"] == 1 and row["n_trials"] == 2
    assert row["regret"] == pytest.approx(prompts.true_value(CENTRE) - prompts.F_STAR)
    assert row["oracle_regret"] == pytest.approx(min(prompts.true_value(CORNER), prompts.true_value(CENTRE))
                                                 - prompts.F_STAR)


def test_a_budget_reads_only_the_trials_that_ended_within_its_prompts():
    log = ended(0, [("a", CENTRE, 27), ("b", CORNER, 1)])
    row = prompts.raw_row("arm", log, budget_full_evals=1, wall_s=0.0)
    assert (row["budget_prompts"], row["n_trials"]) == (27, 1)


def test_without_a_completed_trial_there_is_no_regret():
    row = prompts.raw_row("arm", ended(0, [("a", CENTRE, 9)]), budget_full_evals=25, wall_s=0.0)
    assert math.isnan(row["regret"]) and row["n_completed"] == 0
