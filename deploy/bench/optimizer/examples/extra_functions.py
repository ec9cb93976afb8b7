"""Functions outside the public four of optuna_bench.py, run exactly as they are: the held-out check of the strategies
(README, "Held-out functions"). The last four were added after the strategies were written.

    deploy/bench/optimizer/run.sh --functions examples/extra_functions.py --quick

A plug-in defines FUNCTIONS (optbench.space.BenchFunction objects) and, optionally, check_reference_values().
Optima from the Virtual Library of Simulation Experiments (Surjanovic and Bingham, sfu.ca/~ssurjano).
"""
import math

from optbench.space import BenchFunction, categorical_param, float_param, int_param

STYBLINSKI_TANG_MINIMISER = -2.903534027771178
STYBLINSKI_TANG_MIN_PER_DIMENSION = -39.16616570377142
SIX_HUMP_CAMEL_MIN = -1.0316284534898774
HARTMANN3_MIN = -3.86278214782076
HARTMANN3_MINIMISER = (0.114614, 0.555649, 0.852547)

_H3_ALPHA = (1.0, 1.2, 3.0, 3.2)
_H3_A = ((3.0, 10.0, 30.0), (0.1, 10.0, 35.0), (3.0, 10.0, 30.0), (0.1, 10.0, 35.0))
_H3_P = ((0.3689, 0.1170, 0.2673), (0.4699, 0.4387, 0.7470), (0.1091, 0.8732, 0.5547), (0.0381, 0.5743, 0.8828))


def styblinski_tang(xs):
    return 0.5 * sum(x ** 4 - 16.0 * x ** 2 + 5.0 * x for x in xs)


def ackley(xs):
    """Many shallow local minima around one deep one at the origin: hard for any model of 100 points."""
    d = len(xs)
    mean_square = sum(x * x for x in xs) / d
    mean_cos = sum(math.cos(2.0 * math.pi * x) for x in xs) / d
    return -20.0 * math.exp(-0.2 * math.sqrt(mean_square)) - math.exp(mean_cos) + 20.0 + math.e


def levy(xs):
    w = [1.0 + (x - 1.0) / 4.0 for x in xs]
    middle = sum((wi - 1.0) ** 2 * (1.0 + 10.0 * math.sin(math.pi * wi + 1.0) ** 2) for wi in w[:-1])
    last = (w[-1] - 1.0) ** 2 * (1.0 + math.sin(2.0 * math.pi * w[-1]) ** 2)
    return math.sin(math.pi * w[0]) ** 2 + middle + last


def six_hump_camel(x1, x2):
    return (4.0 - 2.1 * x1 ** 2 + x1 ** 4 / 3.0) * x1 ** 2 + x1 * x2 + (-4.0 + 4.0 * x2 ** 2) * x2 ** 2


def hartmann3(xs):
    return -sum(alpha * math.exp(-sum(a * (x - p) ** 2 for a, x, p in zip(row, xs, centre)))
                for alpha, row, centre in zip(_H3_ALPHA, _H3_A, _H3_P))


def _learning_rate_bowl(p):
    """A log-scale float, a log-scale int and a categorical with one right answer: the kinds Ollama options have."""
    penalty = {"q4_0": 0.3, "q8_0": 0.0, "f16": 0.1}[p["kv"]]
    return (math.log10(p["lr"]) + 3.0) ** 2 + (math.log2(p["batch"]) - 7.0) ** 2 / 4.0 + penalty


def _xs(p, n):
    return [p["x%d" % i] for i in range(1, n + 1)]


FUNCTIONS = [
    BenchFunction("styblinski_tang4", [float_param("x%d" % i, -5.0, 5.0) for i in range(1, 5)],
                  4 * STYBLINSKI_TANG_MIN_PER_DIMENSION, lambda p: styblinski_tang(_xs(p, 4))),
    BenchFunction("log_bowl3_mixed", [float_param("lr", 1e-6, 1e-1, log=True), int_param("batch", 8, 1024, log=True),
                                      categorical_param("kv", ("q4_0", "q8_0", "f16"))],
                  0.0, _learning_rate_bowl),
    BenchFunction("ackley5", [float_param("x%d" % i, -32.768, 32.768) for i in range(1, 6)], 0.0,
                  lambda p: ackley(_xs(p, 5))),
    # Levy with its last coordinate an integer (the optimum x = 1 is on the integer lattice).
    BenchFunction("levy4_mixed", [float_param("x%d" % i, -10.0, 10.0) for i in range(1, 4)]
                  + [int_param("x4", -10, 10)], 0.0, lambda p: levy(_xs(p, 4))),
    BenchFunction("six_hump_camel2", [float_param("x1", -3.0, 3.0), float_param("x2", -2.0, 2.0)],
                  SIX_HUMP_CAMEL_MIN, lambda p: six_hump_camel(p["x1"], p["x2"])),
    BenchFunction("hartmann3_noisy", [float_param("x%d" % i, 0.0, 1.0) for i in range(1, 4)], HARTMANN3_MIN,
                  lambda p: hartmann3(_xs(p, 3)), noise_sd=0.1),
]


def check_reference_values():
    at_minimum = styblinski_tang([STYBLINSKI_TANG_MINIMISER] * 4)
    assert abs(at_minimum - 4 * STYBLINSKI_TANG_MIN_PER_DIMENSION) < 1e-9, at_minimum
    assert _learning_rate_bowl({"lr": 1e-3, "batch": 128, "kv": "q8_0"}) == 0.0
    assert abs(ackley([0.0] * 5)) < 1e-12
    assert abs(levy([1.0] * 4)) < 1e-12
    assert abs(six_hump_camel(0.0898, -0.7126) - SIX_HUMP_CAMEL_MIN) < 1e-6
    assert abs(hartmann3(HARTMANN3_MINIMISER) - HARTMANN3_MIN) < 1e-5
