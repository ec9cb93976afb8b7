"""Benchmark functions and their search spaces, in the driver's wire format.

A parameter is a dict exactly as the Java AskTellDriver reads it ({"name", "type", "low", "high", "log"} or
{"name", "type": "categorical", "choices"}), so the same object is sent to Java and turned into Optuna suggest calls.
A plug-in module (--functions) builds its functions with these helpers.
"""
from dataclasses import dataclass
from typing import Callable, Mapping, Sequence


def float_param(name, low, high, log=False):
    return {"name": name, "type": "float", "low": float(low), "high": float(high), "log": log}


def int_param(name, low, high, log=False):
    """Inclusive integer bounds."""
    return {"name": name, "type": "int", "low": int(low), "high": int(high), "log": log}


def categorical_param(name, choices):
    return {"name": name, "type": "categorical", "choices": list(choices)}


@dataclass(frozen=True)
class BenchFunction:
    """A minimised test function with a known optimum.

    evaluate gets the trial's parameters (float, int or str values by name) and returns the noise-free value.
    With noise_sd > 0 the optimiser sees evaluate(p) + noise(seed, evaluation_index, noise_sd); the regret is
    always measured on the noise-free value.
    """

    name: str
    space: Sequence[Mapping]
    f_star: float
    evaluate: Callable[[Mapping], float]
    noise_sd: float = 0.0
