"""Optuna samplers, in process, on a BenchFunction (same settings as optuna_bench.py)."""
import importlib.util
import time
import warnings

import optuna

from . import prompts
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


def _hyperband(min_resource):
    return lambda: optuna.pruners.HyperbandPruner(min_resource=min_resource, max_resource=prompts.R_PROMPTS,
                                                  reduction_factor=prompts.ETA)


# optuna_bench.py's --mf arms: (sampler, pruner factory or None). "tpe" is the installed Optuna's default TPE.
MF_ARMS = {
    "random": ("random", None),
    "random+hb1": ("random", _hyperband(1)),
    "random+hb3": ("random", _hyperband(3)),
    "tpe": ("tpe", None),
    "tpe+hb1": ("tpe", _hyperband(1)),
    "tpe+hb3": ("tpe", _hyperband(3)),
}


def run_mf(arm, seed, max_prompts):
    """optuna_bench.py's run_mf: each trial reports its running mean after every prompt and may be pruned; the study
    stops once max_prompts are spent. None of these arms reads the budget, so a smaller one is read off the prefix.
    Returns the PromptLog and the run's wall time."""
    sampler, pruner = MF_ARMS[arm]
    log = prompts.PromptLog(seed)

    def objective(trial):
        params = suggest(trial, prompts.SPACE)
        for j in range(1, prompts.R_PROMPTS + 1):
            mean = log.score(trial.number, params, j)
            if pruner is not None:
                trial.report(mean, j)
                if j < prompts.R_PROMPTS and trial.should_prune():
                    log.end_trial(trial.number, j)
                    raise optuna.TrialPruned()
        return log.end_trial(trial.number, prompts.R_PROMPTS)

    def stop_when_spent(study, _trial):
        if log.prompts_used >= max_prompts:
            study.stop()

    # The study name keys Optuna's bracket assignment (crc32 of name and trial number): the reference's, kept.
    study = optuna.create_study(study_name="mf-%s-%d" % (arm, seed), direction="minimize",
                                sampler=make_sampler(sampler, seed),
                                pruner=pruner() if pruner else optuna.pruners.NopPruner())
    start = time.perf_counter()
    study.optimize(objective, n_trials=100000, callbacks=[stop_when_spent])
    return log, time.perf_counter() - start
