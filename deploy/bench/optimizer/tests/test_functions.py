"""The port of optuna_bench.py: its reference values to 1e-12 (optimizer.md section 5) and its four spaces."""
import pytest

from optbench import functions
from optbench.noise import noise
from optbench.runs import RunLog


@pytest.mark.parametrize("name", sorted(functions.REFERENCE_VALUES))
def test_reference_value_is_reproduced_to_1e_12(name):
    compute, expected = functions.REFERENCE_VALUES[name]
    assert compute() == pytest.approx(expected, rel=1e-12, abs=1e-12)


def test_check_reference_values_passes_for_the_port():
    functions.check_reference_values()


def by_name(name):
    return next(fn for fn in functions.FUNCTIONS if fn.name == name)


def test_branin4_mixed_ignores_its_inactive_parameters_and_has_its_optimum_at_pi():
    fn = by_name("branin4_mixed")
    at_pi = fn.evaluate({"x1": 3.141592653589793, "x2": 2.275, "d_int": 9, "d_cat": "c"})
    assert at_pi == pytest.approx(fn.f_star, abs=1e-12)


def test_rosenbrock4_mixed_is_zero_at_all_ones():
    assert by_name("rosenbrock4_mixed").evaluate({"x1": 1.0, "x2": 1.0, "x3": 1, "x4": 1}) == 0.0


def test_hartmann6_optimum_is_its_value_at_the_published_minimiser():
    assert by_name("hartmann6").f_star == pytest.approx(-3.322368011391339, abs=1e-12)


def test_spaces_are_the_reference_scripts_types_and_bounds():
    assert [(p["name"], p["type"], p.get("low"), p.get("high"), p.get("choices"))
            for p in by_name("branin4_mixed").space] == [
        ("x1", "float", -5.0, 10.0, None), ("x2", "float", 0.0, 15.0, None),
        ("d_int", "int", 0, 9, None), ("d_cat", "categorical", None, None, ["a", "b", "c"])]
    assert [(p["name"], p["type"], p["low"], p["high"]) for p in by_name("rosenbrock4_mixed").space] == [
        ("x1", "float", -5.0, 10.0), ("x2", "float", -5.0, 10.0), ("x3", "int", -5, 10), ("x4", "int", -5, 10)]
    assert [(p["type"], p["low"], p["high"]) for p in by_name("hartmann6").space] == [("float", 0.0, 1.0)] * 6


def test_only_hartmann6_noisy_is_noisy_with_sd_0_1():
    assert {fn.name: fn.noise_sd for fn in functions.FUNCTIONS} == {
        "branin4_mixed": 0.0, "hartmann6": 0.0, "rosenbrock4_mixed": 0.0, "hartmann6_noisy": 0.1}


def test_noisy_evaluation_adds_the_stream_keyed_by_seed_and_evaluation_index():
    log = RunLog(by_name("hartmann6_noisy"), seed=7)
    point = {"x%d" % i: 0.5 for i in range(1, 7)}
    observed = [log.evaluate(point) for _ in range(3)]
    assert [o - t for o, t in zip(observed, log.true_values)] == pytest.approx(
        [noise(7, i, 0.1) for i in range(3)], abs=1e-15)
