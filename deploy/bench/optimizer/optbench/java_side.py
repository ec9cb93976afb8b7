"""The project's strategies through the JSON-lines AskTellDriver (libs/optimizer-search), one JVM per benchmark."""
import json
import subprocess
import time

from . import prompts
from .runs import RunLog

DRIVER_MAIN = "io.oeml.optimizer.search.cli.AskTellDriver"
# Full JIT (not the build's C1-only flags): the suggest time is part of what is measured.
JVM_FLAGS = ("-Xmx1g", "-XX:+UseParallelGC")


class DriverError(RuntimeError):
    """The driver answered {"error": ...} or stopped answering."""


class AskTellDriver:
    """A running AskTellDriver: one request line in, one answer line out."""

    def __init__(self, classpath, java="java", jvm_flags=JVM_FLAGS):
        self._process = subprocess.Popen([java, *jvm_flags, "-cp", classpath, DRIVER_MAIN],
                                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)

    def request(self, message):
        self._process.stdin.write(json.dumps(message) + "\n")
        self._process.stdin.flush()
        line = self._process.stdout.readline()
        if not line:
            try:
                code = self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                code = "still running"
            raise DriverError("the driver closed its output (exit code %s) without answering %s"
                              % (code, json.dumps(message)))
        answer = json.loads(line)
        if "error" in answer:
            raise DriverError(answer["error"])
        return answer

    def create(self, strategy, space, budget, seed, objectives=1, options=None):
        return self.request({"op": "create", "strategy": strategy, "space": list(space), "budget": budget,
                             "objectives": objectives, "seed": seed, "options": options or {}})

    def ask(self, count=1):
        return self.request({"op": "ask", "count": count})

    def tell(self, trial, values, feasible=True):
        return self.request({"op": "tell", "trial": trial, "values": list(values), "feasible": feasible})

    def close(self):
        if self._process.poll() is None:
            self._process.stdin.close()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def ask_tell(driver, strategy, space, seed, budget, evaluate, options=None):
    """One session, asked one trial at a time (sequential, as the Optuna runs): evaluate(trial) is told for each, until
    `budget` trials are told or the strategy says it is finished (an exhausted grid, Hyperband's prompts spent).

    Returns the create answer, each trial's suggest seconds and the elapsed seconds after each tell.
    """
    created = driver.create(strategy, space, budget, seed, options=options)
    suggest_s, elapsed_s = [], []
    start = time.perf_counter()
    while len(suggest_s) < budget:
        answer = driver.ask(1)
        trials = answer["trials"]
        if not trials:
            if answer.get("finished"):
                break
            raise DriverError("%s asked for nothing before finishing, after %d trials" % (strategy, len(suggest_s)))
        for trial in trials:
            driver.tell(trial["number"], [evaluate(trial)])
            suggest_s.append(answer["suggest_ns"] / 1e9 / len(trials))
            elapsed_s.append(time.perf_counter() - start)
    return created, suggest_s, elapsed_s


def run(driver, function, strategy, seed, budget, options=None):
    """One session of `budget` trials.

    Each strategy gets its own session per budget: grid, Sobol start, population and brackets depend on it.
    A strategy that finishes early (an exhausted grid) ends the run with fewer trials.
    """
    log = RunLog(function, seed)
    created, log.suggest_s, log.elapsed_s = ask_tell(driver, strategy, function.space, seed, budget,
                                                     lambda trial: log.evaluate(trial["params"]), options)
    log.grid = created.get("grid")
    return log


# The Java side of the --mf experiment: hyperband at the reference arms' R, eta and r_min, its configurations Sobol
# points or (bohb) drawn from BOHB's density-ratio model.
MF_ARMS = {
    "java-hyperband1": ("hyperband", {"min_budget": "1"}),
    "java-hyperband3": ("hyperband", {"min_budget": "3"}),
    "java-bohb1": ("hyperband", {"min_budget": "1", "sampler": "bohb"}),
    "java-bohb3": ("hyperband", {"min_budget": "3", "sampler": "bohb"}),
}


def run_mf(driver, arm, seed, max_prompts):
    """One hyperband session of max_prompts prompts (the strategy repeats its iterations until they are spent): a
    trial of budget b gets the mean of its configuration's first b prompts, a promotion running only the new ones.
    Returns the PromptLog, the suggest seconds per trial and the session's wall time."""
    strategy, options = MF_ARMS[arm]
    log = prompts.PromptLog(seed)

    def evaluate(trial):
        key = tuple(sorted(trial["params"].items()))
        log.score(key, trial["params"], trial["budget"])
        return log.end_trial(key, trial["budget"])

    options = dict(options, max_budget=str(prompts.R_PROMPTS), eta=str(prompts.ETA), max_prompts=str(max_prompts))
    _, suggest_s, elapsed_s = ask_tell(driver, strategy, prompts.SPACE, seed, max_prompts, evaluate, options)
    return log, suggest_s, elapsed_s[-1] if elapsed_s else 0.0
