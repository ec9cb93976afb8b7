"""One optimisation run's record and its reading at a budget, as optuna_bench.py's summarize_run does."""
from dataclasses import dataclass, field
from typing import List, Optional

import numpy as np

from .noise import noise

RAW_COLUMNS = ["function", "sampler", "seed", "budget", "best_observed", "regret", "oracle_regret",
               "wall_s", "ms_per_trial", "ms_last_trial"]


@dataclass
class RunLog:
    """What one run evaluated, in order: noise-free and observed values, and the elapsed time after each trial.

    suggest_s holds the optimiser's own suggest time per trial where it reports one (the Java driver does);
    grid states grid_search's grid.
    """

    function: object
    seed: int
    true_values: List[float] = field(default_factory=list)
    observed_values: List[float] = field(default_factory=list)
    elapsed_s: List[float] = field(default_factory=list)
    suggest_s: List[float] = field(default_factory=list)
    grid: Optional[str] = None

    def evaluate(self, params):
        """Evaluates the next trial: returns the value the optimiser sees (noisy if the function is)."""
        fn = self.function
        true_value = float(fn.evaluate(params))
        index = len(self.true_values)
        observed = true_value + (noise(self.seed, index, fn.noise_sd) if fn.noise_sd > 0 else 0.0)
        self.true_values.append(true_value)
        self.observed_values.append(observed)
        return observed


def raw_row(log, sampler, budget):
    """One row of optuna_bench_raw.csv for the first `budget` trials of the run (fewer if it stopped early)."""
    n = min(budget, len(log.true_values))
    true_values = np.asarray(log.true_values[:n])
    observed = np.asarray(log.observed_values[:n])
    incumbent = int(np.argmin(observed))  # chosen by observed value, as a user would
    total = float(log.elapsed_s[n - 1])
    last = total - (float(log.elapsed_s[n - 2]) if n >= 2 else 0.0)
    return dict(function=log.function.name, sampler=sampler, seed=log.seed, budget=budget,
                best_observed=float(observed[incumbent]),
                regret=float(true_values[incumbent] - log.function.f_star),
                oracle_regret=float(np.min(true_values) - log.function.f_star),
                wall_s=total, ms_per_trial=1000.0 * total / n, ms_last_trial=1000.0 * last)
