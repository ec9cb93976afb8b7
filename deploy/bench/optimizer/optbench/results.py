"""What a run measured, saved beside the report so that the analysis can be redone without rerunning (--report-from)."""
import csv
import json
import os
from dataclasses import dataclass, field
from typing import Dict, List, Tuple

from .runs import RAW_COLUMNS

SUGGEST_COLUMNS = ["function", "sampler", "seed", "budget", "suggest_ms_per_trial"]
GRID_COLUMNS = ["function", "budget", "grid"]
_INTEGER_COLUMNS = {"seed", "budget"}


@dataclass
class Results:
    """raw: optuna_bench_raw.csv rows; suggest_ms: (function, sampler, seed, budget) -> the strategy's own mean suggest
    time per trial; grids: (function, budget) -> grid_search's stated grid; env: the machine and versions."""

    raw: List[dict] = field(default_factory=list)
    suggest_ms: Dict[Tuple[str, str, int, int], float] = field(default_factory=dict)
    grids: Dict[Tuple[str, int], str] = field(default_factory=dict)
    env: dict = field(default_factory=dict)

    def samplers(self):
        """Sampler labels in first-seen order, Optuna's before the Java strategies."""
        seen = list(dict.fromkeys(r["sampler"] for r in self.raw))
        return [s for s in seen if not s.startswith("java-")] + [s for s in seen if s.startswith("java-")]

    def save(self, out_dir):
        write_csv(os.path.join(out_dir, "bench_raw.csv"), RAW_COLUMNS, self.raw)
        write_csv(os.path.join(out_dir, "bench_suggest.csv"), SUGGEST_COLUMNS,
                  [dict(zip(SUGGEST_COLUMNS, key + (ms,))) for key, ms in self.suggest_ms.items()])
        write_csv(os.path.join(out_dir, "bench_grids.csv"), GRID_COLUMNS,
                  [dict(function=f, budget=b, grid=g) for (f, b), g in self.grids.items()])
        with open(os.path.join(out_dir, "bench_env.json"), "w") as fh:
            json.dump(self.env, fh, indent=2)

    @staticmethod
    def load(out_dir):
        raw = _read_csv(os.path.join(out_dir, "bench_raw.csv"))
        suggest = {(r["function"], r["sampler"], r["seed"], r["budget"]): r["suggest_ms_per_trial"]
                   for r in _read_csv(os.path.join(out_dir, "bench_suggest.csv"))}
        grids = {(r["function"], r["budget"]): r["grid"] for r in _read_csv(os.path.join(out_dir, "bench_grids.csv"))}
        with open(os.path.join(out_dir, "bench_env.json")) as fh:
            env = json.load(fh)
        return Results(raw, suggest, grids, env)


def write_csv(path, columns, rows):
    with open(path, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=columns)
        w.writeheader()
        for r in rows:
            w.writerow({k: (("%.6g" % r[k]) if isinstance(r[k], float) else r[k]) for k in columns})


def _read_csv(path):
    with open(path, newline="") as fh:
        return [{k: _typed(k, v) for k, v in row.items()} for row in csv.DictReader(fh)]


def _typed(column, value):
    if column in _INTEGER_COLUMNS:
        return int(value)
    if column in ("function", "sampler", "grid"):
        return value
    return float(value)
