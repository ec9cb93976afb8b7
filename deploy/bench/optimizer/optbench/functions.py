"""The four functions of optuna_bench.py (issue 12's public set), ported exactly, with its reference values.

This module is also the model of a --functions plug-in: it defines FUNCTIONS (BenchFunction objects) and
check_reference_values(), which the harness runs at start-up when the module has it.
"""
import math

import numpy as np

from .noise import noise, splitmix64
from .space import BenchFunction, categorical_param, float_param, int_param


def branin(x1, x2):
    a, b, c = 1.0, 5.1 / (4.0 * math.pi ** 2), 5.0 / math.pi
    r, s, t = 6.0, 10.0, 1.0 / (8.0 * math.pi)
    return a * (x2 - b * x1 ** 2 + c * x1 - r) ** 2 + s * (1.0 - t) * math.cos(x1) + s


H6_ALPHA = np.array([1.0, 1.2, 3.0, 3.2])
H6_A = np.array([
    [10.0, 3.0, 17.0, 3.5, 1.7, 8.0],
    [0.05, 10.0, 17.0, 0.1, 8.0, 14.0],
    [3.0, 3.5, 1.7, 10.0, 17.0, 8.0],
    [17.0, 8.0, 0.05, 10.0, 0.1, 14.0],
])
H6_P = 1e-4 * np.array([
    [1312, 1696, 5569, 124, 8283, 5886],
    [2329, 4135, 8307, 3736, 1004, 9991],
    [2348, 1451, 3522, 2883, 3047, 6650],
    [4047, 8828, 8732, 5743, 1091, 381],
])
H6_XSTAR = np.array([0.20169, 0.150011, 0.476874, 0.275332, 0.311652, 0.6573])


def hartmann6(x):
    x = np.asarray(x, dtype=float)
    inner = np.sum(H6_A * (x[None, :] - H6_P) ** 2, axis=1)
    return float(-np.sum(H6_ALPHA * np.exp(-inner)))


def rosenbrock(x):
    return float(sum(100.0 * (x[i + 1] - x[i] ** 2) ** 2 + (1.0 - x[i]) ** 2
                     for i in range(len(x) - 1)))


HARTMANN6_SPACE = [float_param("x%d" % i, 0.0, 1.0) for i in range(1, 7)]
HARTMANN6_F_STAR = hartmann6(H6_XSTAR)


def _hartmann6_of(p):
    return hartmann6([p["x%d" % i] for i in range(1, 7)])


FUNCTIONS = [
    # d_int and d_cat are inactive: irrelevant parameters, like num_thread for quality.
    BenchFunction("branin4_mixed",
                  [float_param("x1", -5.0, 10.0), float_param("x2", 0.0, 15.0),
                   int_param("d_int", 0, 9), categorical_param("d_cat", ("a", "b", "c"))],
                  0.397887357729738, lambda p: branin(p["x1"], p["x2"])),
    BenchFunction("hartmann6", HARTMANN6_SPACE, HARTMANN6_F_STAR, _hartmann6_of),
    BenchFunction("rosenbrock4_mixed",
                  [float_param("x1", -5.0, 10.0), float_param("x2", -5.0, 10.0),
                   int_param("x3", -5, 10), int_param("x4", -5, 10)],
                  0.0, lambda p: rosenbrock([p["x1"], p["x2"], float(p["x3"]), float(p["x4"])])),
    BenchFunction("hartmann6_noisy", HARTMANN6_SPACE, HARTMANN6_F_STAR, _hartmann6_of, noise_sd=0.1),
]

# optimizer.md section 5, items 1 and 2: what a faithful port must reproduce.
REFERENCE_VALUES = {
    "branin(0,0)": (lambda: branin(0.0, 0.0), 55.602112642270264),
    "hartmann6(0.5,...,0.5)": (lambda: hartmann6([0.5] * 6), -0.5053149917022333),
    "hartmann6(x*)": (lambda: hartmann6(H6_XSTAR), -3.322368011391339),
    "rosenbrock(-1.5,2,3,-2)": (lambda: rosenbrock([-1.5, 2.0, 3.0, -2.0]), 12217.5),
    "splitmix64(0)": (lambda: splitmix64(0)[1], 0xE220A8397B1DCDAF),
    "noise(0,0,1)": (lambda: noise(0, 0, 1.0), -0.452757740217458),
    "noise(0,1,1)": (lambda: noise(0, 1, 1.0), -0.028249746095854695),
    "noise(7,42,1)": (lambda: noise(7, 42, 1.0), 0.8057747916569588),
    "noise(29,99,0.1)": (lambda: noise(29, 99, 0.1), -0.0465707434861974),
}
TOLERANCE = 1e-12


def reference_mismatches():
    """Names of the reference values this port misses by more than 1e-12 (relative above 1), with the values."""
    out = []
    for name, (compute, expected) in REFERENCE_VALUES.items():
        got = compute()
        if abs(got - expected) > TOLERANCE * max(1.0, abs(expected)):
            out.append("%s = %r, expected %r" % (name, got, expected))
    return out


def check_reference_values():
    mismatches = reference_mismatches()
    if mismatches:
        raise AssertionError("ported functions differ from optimizer.md section 5: " + "; ".join(mismatches))
