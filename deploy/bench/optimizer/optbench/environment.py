"""What the figures were measured on (optimizer.md section 5, item 7)."""
import os
import platform
import subprocess

import cmaes
import numpy
import optuna
import scipy


def _cpu_model():
    try:
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _java_version(java):
    try:
        out = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=30)
        return out.stderr.splitlines()[0] if out.stderr else "unknown"
    except (OSError, subprocess.TimeoutExpired):
        return "not found"


def _torch_version():
    # only the --with-gp venv has torch (Optuna's GPSampler)
    try:
        import torch
    except ImportError:
        return "not installed (no gp)"
    return torch.__version__


def describe(java):
    return {
        "cpu": _cpu_model(),
        "cpus": os.cpu_count(),
        "load_average_at_start": " ".join("%.2f" % v for v in os.getloadavg()),
        "python": platform.python_version(),
        "optuna": optuna.__version__,
        "cmaes": cmaes.__version__,
        "numpy": numpy.__version__,
        "scipy": scipy.__version__,
        "torch": _torch_version(),
        "java": _java_version(java),
        "workers": 1,
    }
