"""An example --functions plug-in: functions outside the public four, run exactly as they are.

    deploy/bench/optimizer/run.sh --functions examples/extra_functions.py --quick

A plug-in defines FUNCTIONS (optbench.space.BenchFunction objects) and, optionally, check_reference_values().
"""
import math

from optbench.space import BenchFunction, categorical_param, float_param, int_param

STYBLINSKI_TANG_MINIMISER = -2.903534027771178
STYBLINSKI_TANG_MIN_PER_DIMENSION = -39.16616570377142


def styblinski_tang(xs):
    return 0.5 * sum(x ** 4 - 16.0 * x ** 2 + 5.0 * x for x in xs)


def _learning_rate_bowl(p):
    """A log-scale float, a log-scale int and a categorical with one right answer: the kinds Ollama options have."""
    penalty = {"q4_0": 0.3, "q8_0": 0.0, "f16": 0.1}[p["kv"]]
    return (math.log10(p["lr"]) + 3.0) ** 2 + (math.log2(p["batch"]) - 7.0) ** 2 / 4.0 + penalty


FUNCTIONS = [
    BenchFunction("styblinski_tang4", [float_param("x%d" % i, -5.0, 5.0) for i in range(1, 5)],
                  4 * STYBLINSKI_TANG_MIN_PER_DIMENSION,
                  lambda p: styblinski_tang([p["x%d" % i] for i in range(1, 5)])),
    BenchFunction("log_bowl3_mixed", [float_param("lr", 1e-6, 1e-1, log=True), int_param("batch", 8, 1024, log=True),
                                      categorical_param("kv", ("q4_0", "q8_0", "f16"))],
                  0.0, _learning_rate_bowl),
]


def check_reference_values():
    at_minimum = styblinski_tang([STYBLINSKI_TANG_MINIMISER] * 4)
    assert abs(at_minimum - 4 * STYBLINSKI_TANG_MIN_PER_DIMENSION) < 1e-9, at_minimum
    assert _learning_rate_bowl({"lr": 1e-3, "batch": 128, "kv": "q8_0"}) == 0.0
