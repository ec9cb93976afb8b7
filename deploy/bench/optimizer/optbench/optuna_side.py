"""Optuna samplers, in process, on a BenchFunction (same settings as optuna_bench.py)."""
import importlib.util
import time
import warnings

import optuna

from .runs import RunLog

optuna.logging.set_verbosity(optuna.logging.ERROR)
# QMCSampler is "experimental" since 3.0; the warning would repeat for every seed.
warnings.filterwarnings("ignore", category=optuna.exceptions.ExperimentalWarning)

# Optuna 5's TPESampler is multivariate by default for one objective, so "tpe" is what 3.1 called tpe_mv and
# "tpe_uv" is the old univariate default. GPSampler needs torch, which the pinned venv leaves out on purpose.
TORCH_PRESENT = importlib.util.find_spec("torch") is not None
SAMPLERS = ("random", "tpe", "tpe_uv", "cmaes", "qmc") + (("gp",) if TORCH_PRESENT else ())


def make_sampler(name, seed):
    if name == "random":
        return optuna.samplers.RandomSampler(seed=seed)
    if name == "tpe":
        return optuna.samplers.TPESampler(seed=seed)
    if name == "tpe_uv":
        return optuna.samplers.TPESampler(seed=seed, multivariate=False)
    if name == "cmaes":
        return optuna.samplers.CmaEsSampler(seed=seed)
    if name == "qmc":
        # Kept from optuna_bench.py (3.1 took seed 0 for "unseeded"), so the figures stay comparable.
        return optuna.samplers.QMCSampler(qmc_type="sobol", scramble=True, seed=seed + 1000)
    if name == "gp":
        if not TORCH_PRESENT:
            raise ValueError("Optuna's GPSampler needs torch, which is not installed in this venv")
        return optuna.samplers.GPSampler(seed=seed)
    raise ValueError("unknown Optuna sampler %r (known: %s)" % (name, ", ".join(SAMPLERS)))


def suggest(trial, space):
    params = {}
    for spec in space:
        name, kind = spec["name"], spec["type"]
        if kind == "float":
            params[name] = trial.suggest_float(name, spec["low"], spec["high"], log=spec.get("log", False))
        elif kind == "int":
            params[name] = trial.suggest_int(name, spec["low"], spec["high"], log=spec.get("log", False))
        else:
            params[name] = trial.suggest_categorical(name, list(spec["choices"]))
    return params


def run(function, sampler, seed, n_trials):
    """One n_trials run. None of these samplers reads the budget, so every shorter budget is a prefix of it."""
    log = RunLog(function, seed)
    study = optuna.create_study(direction="minimize", sampler=make_sampler(sampler, seed))
    start = time.perf_counter()
    study.optimize(lambda trial: log.evaluate(suggest(trial, function.space)), n_trials=n_trials,
                   callbacks=[lambda s, t: log.elapsed_s.append(time.perf_counter() - start)])
    return log
