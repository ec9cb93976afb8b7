"""Portable observation noise, ported bit for bit from optuna_bench.py.

SplitMix64 keyed by (seed, trial_index), two draws, Box-Muller: any language can reproduce the stream,
so Optuna and the Java strategies see the same noise on the same seed and evaluation index.
"""
import math

MASK64 = (1 << 64) - 1


def splitmix64(state):
    """One SplitMix64 step. Returns (new_state, output), both unsigned 64-bit."""
    state = (state + 0x9E3779B97F4A7C15) & MASK64
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
    z = z ^ (z >> 31)
    return state, z


def noise(seed, trial_index, sd):
    """N(0, sd^2) sample, deterministic in (seed, trial_index)."""
    state = ((seed & 0xFFFFFFFF) << 32 | (trial_index & 0xFFFFFFFF)) & MASK64
    state, a = splitmix64(state)
    state, b = splitmix64(state)
    u1 = ((a >> 11) + 1) * (1.0 / 9007199254740993.0)  # (0, 1]
    u2 = (b >> 11) * (1.0 / 9007199254740992.0)  # [0, 1)
    return sd * math.sqrt(-2.0 * math.log(u1)) * math.cos(2.0 * math.pi * u2)
