"""Loads a function module (--functions): a dotted module name or a path to a .py file.

The module defines FUNCTIONS, an iterable of space.BenchFunction; if it defines check_reference_values(), the
harness calls it before any run so that a wrong port fails at once rather than producing plausible numbers.
"""
import importlib
import importlib.util
import os

from .space import BenchFunction


def load_functions(module_ref, only=None):
    module = _import(module_ref)
    if not hasattr(module, "FUNCTIONS"):
        raise ValueError("%s defines no FUNCTIONS" % module_ref)
    check = getattr(module, "check_reference_values", None)
    if check is not None:
        check()
    functions = list(module.FUNCTIONS)
    for fn in functions:
        if not isinstance(fn, BenchFunction):
            raise ValueError("%s: FUNCTIONS holds %r, not a BenchFunction" % (module_ref, fn))
    if only:
        by_name = {fn.name: fn for fn in functions}
        unknown = [name for name in only if name not in by_name]
        if unknown:
            raise ValueError("%s has no function %s (it has %s)"
                             % (module_ref, ", ".join(unknown), ", ".join(by_name)))
        functions = [by_name[name] for name in only]
    return functions


def _import(module_ref):
    if module_ref.endswith(".py") or os.sep in module_ref:
        name = os.path.splitext(os.path.basename(module_ref))[0]
        spec = importlib.util.spec_from_file_location(name, module_ref)
        if spec is None:
            raise ValueError("cannot load %s" % module_ref)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    return importlib.import_module(module_ref)
