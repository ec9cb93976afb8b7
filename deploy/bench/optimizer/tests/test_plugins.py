"""--functions: a module outside the repository's four functions runs the same way."""
import os

import pytest

from optbench import optuna_side, plugins

EXAMPLE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "examples",
                       "extra_functions.py")


def test_a_plug_in_file_is_loaded_with_its_functions():
    assert [fn.name for fn in plugins.load_functions(EXAMPLE)] == ["styblinski_tang4", "log_bowl3_mixed", "ackley5",
                                                                  "levy4_mixed", "six_hump_camel2", "hartmann3_noisy"]


def test_only_selects_functions_by_name():
    assert [fn.name for fn in plugins.load_functions("optbench.functions", ["hartmann6"])] == ["hartmann6"]


def test_only_with_an_unknown_name_is_refused_naming_it():
    with pytest.raises(ValueError, match="no function branin2"):
        plugins.load_functions("optbench.functions", ["branin2"])


def test_a_module_without_functions_is_refused(tmp_path):
    empty = tmp_path / "empty.py"
    empty.write_text("X = 1\n")
    with pytest.raises(ValueError, match="defines no FUNCTIONS"):
        plugins.load_functions(str(empty))


def test_optuna_runs_a_plug_in_function_with_log_scale_parameters():
    fn = plugins.load_functions(EXAMPLE, ["log_bowl3_mixed"])[0]
    log = optuna_side.run(fn, "random", seed=0, n_trials=5)
    assert len(log.true_values) == 5 and min(log.true_values) >= fn.f_star
