"""The project's strategies through the JSON-lines AskTellDriver (libs/optimizer-search), one JVM per benchmark."""
import json
import subprocess
import time

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


def run(driver, function, strategy, seed, budget, options=None):
    """One session of `budget` trials, asked one at a time (sequential, as the Optuna runs).

    Each strategy gets its own session per budget: grid, Sobol start, population and brackets depend on it.
    A strategy that finishes early (an exhausted grid) ends the run with fewer trials.
    """
    log = RunLog(function, seed)
    log.grid = driver.create(strategy, function.space, budget, seed, options=options).get("grid")
    start = time.perf_counter()
    while len(log.true_values) < budget:
        answer = driver.ask(1)
        trials = answer["trials"]
        if not trials:
            if answer.get("finished"):
                break
            raise DriverError("%s asked for nothing before finishing, after %d trials"
                              % (strategy, len(log.true_values)))
        for trial in trials:
            driver.tell(trial["number"], [log.evaluate(trial["params"])])
            log.suggest_s.append(answer["suggest_ns"] / 1e9 / len(trials))
            log.elapsed_s.append(time.perf_counter() - start)
    return log
