"""What a run measured, saved beside the report so that the analysis can be redone without rerunning (--report-from)."""
import csv
import json
import os
from dataclasses import dataclass, field
from typing import Dict, List, Tuple

from . import prompts, runs

SUGGEST_COLUMNS = ["function", "sampler", "seed", "budget", "suggest_ms_per_trial"]
GRID_COLUMNS = ["function", "budget", "grid"]
# File prefix -> (raw columns, the column naming the optimiser): the single-fidelity part and --mf.
KINDS = {"bench": (runs.RAW_COLUMNS, "sampler"), "bench_mf": (prompts.RAW_COLUMNS, "arm")}
_INTEGER_COLUMNS = {"seed", "budget", "budget_full_evals", "budget_prompts", "n_trials", "n_completed"}
_TEXT_COLUMNS = {"function", "sampler", "arm", "grid"}


@dataclass
class Results:
    """raw: optuna_bench_raw.csv rows (kind "bench") or optuna_bench_mf.csv rows (kind "bench_mf", budget in
    prompts); suggest_ms: (function, sampler, seed, budget) -> the strategy's own mean suggest time per trial;
    grids: (function, budget) -> grid_search's stated grid; env: the machine and versions."""

    raw: List[dict] = field(default_factory=list)
    suggest_ms: Dict[Tuple[str, str, int, int], float] = field(default_factory=dict)
    grids: Dict[Tuple[str, int], str] = field(default_factory=dict)
    env: dict = field(default_factory=dict)
    kind: str = "bench"

    def samplers(self):
        """Sampler labels in first-seen order, Optuna's before the Java strategies."""
        label = KINDS[self.kind][1]
        seen = list(dict.fromkeys(r[label] for r in self.raw))
        return [s for s in seen if not s.startswith("java-")] + [s for s in seen if s.startswith("java-")]

    def save(self, out_dir):
        write_csv(self._path(out_dir, "raw.csv"), KINDS[self.kind][0], self.raw)
        write_csv(self._path(out_dir, "suggest.csv"), SUGGEST_COLUMNS,
                  [dict(zip(SUGGEST_COLUMNS, key + (ms,))) for key, ms in self.suggest_ms.items()])
        write_csv(self._path(out_dir, "grids.csv"), GRID_COLUMNS,
                  [dict(function=f, budget=b, grid=g) for (f, b), g in self.grids.items()])
        with open(self._path(out_dir, "env.json"), "w") as fh:
            json.dump(self.env, fh, indent=2)

    def _path(self, out_dir, name):
        return os.path.join(out_dir, "%s_%s" % (self.kind, name))

    @staticmethod
    def load(out_dir, kind="bench"):
        files = Results(kind=kind)
        raw = _read_csv(files._path(out_dir, "raw.csv"))
        suggest = {(r["function"], r["sampler"], r["seed"], r["budget"]): r["suggest_ms_per_trial"]
                   for r in _read_csv(files._path(out_dir, "suggest.csv"))}
        grids = {(r["function"], r["budget"]): r["grid"] for r in _read_csv(files._path(out_dir, "grids.csv"))}
        with open(files._path(out_dir, "env.json")) as fh:
            env = json.load(fh)
        return Results(raw, suggest, grids, env, kind)


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
    if column in _TEXT_COLUMNS:
        return value
    return float(value)
