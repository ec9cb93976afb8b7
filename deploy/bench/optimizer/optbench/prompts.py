"""The multi-fidelity model of optuna_bench.py --mf (optimizer.md section 3.3): a trial's resource is prompts.

Prompt j of configuration c returns hartmann6(x) + noise(seed, c * 64 + j, 0.5), and a trial's score is the mean of
the prompts its configuration has run, so the 27-prompt mean has sd 0.5 / sqrt(27) = 0.096, the noise of
hartmann6_noisy. c numbers configurations in the order they were started: Optuna's trial number (as the reference),
the order of first appearance for a strategy that promotes a configuration as a new trial. A configuration keeps
its scored prompts (prompt reuse: a promotion to 9 prompts after 3 runs prompts 3-8 only), which is what an Optuna
trial reporting its running mean does. Budgets count prompt evaluations (25/50/100 full evaluations = 675/1,350/
2,700 prompts); the incumbent is the best completed (27-prompt) trial by observed mean, its regret noise-free.
"""
import math
from dataclasses import dataclass, field
from typing import Dict, List

from .functions import HARTMANN6_F_STAR, HARTMANN6_SPACE, hartmann6
from .noise import noise

R_PROMPTS = 27
ETA = 3
PROMPT_SD = 0.5
# Noise index of prompt j of configuration c: c * 64 + j, the reference's layout (room for R up to 64).
PROMPT_STRIDE = 64
SPACE = HARTMANN6_SPACE
F_STAR = HARTMANN6_F_STAR
FUNCTION = "hartmann6_mf"
RAW_COLUMNS = ["arm", "seed", "budget_full_evals", "budget_prompts", "n_trials", "n_completed", "regret",
               "oracle_regret", "wall_s_total_run"]


def true_value(params):
    return hartmann6([params["x%d" % i] for i in range(1, 7)])


@dataclass(frozen=True)
class TrialEnd:
    """A trial as it ended: prompts spent by the run so far, whether it ran all R prompts, its mean, f(x)."""

    prompts_used: int
    completed: bool
    observed_mean: float
    true_value: float
    configuration: int


@dataclass
class _Configuration:
    index: int
    true_value: float
    observed: List[float] = field(default_factory=list)


@dataclass
class PromptLog:
    """One run's prompt evaluations: every configuration's scored prompts, the prompts spent and how trials ended."""

    seed: int
    prompts_used: int = 0
    ends: List[TrialEnd] = field(default_factory=list)
    _configurations: Dict[object, _Configuration] = field(default_factory=dict)

    def score(self, key, params, prompts):
        """The mean of the configuration's first `prompts` prompts, running only those it has not run yet.

        key names the configuration (Optuna: the trial number; the Java strategy: its assignment).
        """
        config = self._configurations.get(key)
        if config is None:
            config = _Configuration(len(self._configurations), true_value(params))
            self._configurations[key] = config
        if not 1 <= prompts <= PROMPT_STRIDE:
            raise ValueError("a trial runs 1 to %d prompts, not %d" % (PROMPT_STRIDE, prompts))
        for j in range(len(config.observed), prompts):
            config.observed.append(config.true_value + noise(self.seed, config.index * PROMPT_STRIDE + j, PROMPT_SD))
            self.prompts_used += 1
        return sum(config.observed[:prompts]) / prompts

    def end_trial(self, key, prompts):
        """Records that the trial scoring `key` stopped after `prompts` prompts; returns its mean."""
        config = self._configurations[key]
        mean = sum(config.observed[:prompts]) / prompts
        self.ends.append(TrialEnd(self.prompts_used, prompts == R_PROMPTS, mean, config.true_value, config.index))
        return mean

    @property
    def configurations(self):
        return len(self._configurations)


def raw_row(arm, log, budget_full_evals, wall_s):
    """optuna_bench_mf.csv's row for the trials that ended within budget_full_evals * R prompts.

    n_trials counts configurations started (for Optuna one trial each; a promotion is not a new configuration).
    """
    limit = budget_full_evals * R_PROMPTS
    done = [e for e in log.ends if e.prompts_used <= limit]
    completed = [e for e in done if e.completed]
    incumbent = min(completed, key=lambda e: e.observed_mean) if completed else None
    return dict(arm=arm, seed=log.seed, budget_full_evals=budget_full_evals, budget_prompts=limit,
                n_trials=len({e.configuration for e in done}), n_completed=len(completed),
                regret=incumbent.true_value - F_STAR if incumbent else math.nan,
                oracle_regret=min(e.true_value for e in done) - F_STAR if done else math.nan,
                wall_s_total_run=wall_s)
