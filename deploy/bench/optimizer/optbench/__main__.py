"""python -m optbench: Optuna and the project's strategies on the same functions, seeds and budgets (issue 12).

--mf runs the multi-fidelity experiment instead (optuna_bench.py --mf: hyperband against Optuna's pruners, budgets in
full-evaluation units of 27 prompts). run.sh prepares the pinned venv and the driver's class path; see README.md for
the options and the output files.
"""
import argparse
import os
import sys
import time

from . import environment, java_side, mf_analysis, optuna_side, plugins, prompts, report, stats, summary
from .results import Results, write_csv
from .runs import raw_row

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Hyperband counts its budget in prompts (multi-fidelity), which these single-fidelity functions do not have: --mf runs it.
JAVA_STRATEGIES = "random_search,grid_search,bayesian_optimization,evolutionary"
WARM_UP_SEED = 12345
QUICK_SEEDS = 5


def parse_args(argv):
    ap = argparse.ArgumentParser(prog="optbench", description=__doc__)
    ap.add_argument("--functions", default="optbench.functions",
                    help="module defining FUNCTIONS (dotted name or path to a .py file)")
    ap.add_argument("--only", default="", help="comma-separated subset of the module's function names")
    ap.add_argument("--seeds", type=int, default=30, help="seeds 0..N-1 (default 30)")
    ap.add_argument("--quick", action="store_true", help="smoke run: %d seeds" % QUICK_SEEDS)
    ap.add_argument("--budgets", default="25,50,100")
    ap.add_argument("--optuna-samplers", default=",".join(optuna_side.SAMPLERS))
    ap.add_argument("--java-strategies", default=JAVA_STRATEGIES,
                    help="wire names for the AskTellDriver; empty for Optuna only")
    ap.add_argument("--java-classpath", default=os.environ.get("OEML_BENCH_CLASSPATH", ""),
                    help="class path of libs/optimizer-search and its dependencies (run.sh sets it)")
    ap.add_argument("--java", default="java")
    ap.add_argument("--out-dir", default=os.path.join(HERE, "results"))
    ap.add_argument("--report-from", default="", metavar="DIR",
                    help="no runs: redo summary, tests and report from a results folder's saved measurements")
    ap.add_argument("--mf", action="store_true",
                    help="the multi-fidelity experiment instead (writes bench_mf_*; --budgets in units of 27 prompts)")
    ap.add_argument("--mf-arms", default=",".join(optuna_side.MF_ARMS), help="Optuna arms of --mf")
    ap.add_argument("--mf-java-arms", default=",".join(java_side.MF_ARMS),
                    help="the project's arms of --mf; empty for Optuna only")
    args = ap.parse_args(argv)
    if args.quick:
        args.seeds = QUICK_SEEDS
    return args


def _names(csv_list):
    return [n for n in csv_list.split(",") if n]


def _progress(message):
    print(message, file=sys.stderr, flush=True)


def run_optuna(functions, samplers, seeds, budgets, results):
    for fn in functions:
        for s in samplers:
            optuna_side.run(fn, s, WARM_UP_SEED, 12)  # lazy imports and caches, not charged to seed 0
            started = time.time()
            for seed in seeds:
                log = optuna_side.run(fn, s, seed, max(budgets))
                results.raw += [raw_row(log, s, b) for b in budgets]
            _progress("optuna %-8s %-20s %6.1f s" % (s, fn.name, time.time() - started))


def run_java(functions, strategies, seeds, budgets, classpath, java, results):
    with java_side.AskTellDriver(classpath, java) as driver:
        for fn in functions:
            for strategy in strategies:
                java_side.run(driver, fn, strategy, WARM_UP_SEED, max(budgets))  # JIT warm-up, discarded
                label = "java-" + strategy
                started = time.time()
                for seed in seeds:
                    for b in budgets:
                        log = java_side.run(driver, fn, strategy, seed, b)
                        results.raw.append(raw_row(log, label, b))
                        results.suggest_ms[(fn.name, label, seed, b)] = 1000.0 * sum(log.suggest_s) / len(log.suggest_s)
                        if log.grid:
                            results.grids[(fn.name, b)] = "%s (%d trials)" % (log.grid, len(log.true_values))
                _progress("java   %-22s %-20s %6.1f s" % (strategy, fn.name, time.time() - started))


def measure(args, functions, budgets, seeds):
    samplers = _names(args.optuna_samplers)
    strategies = _names(args.java_strategies)
    if strategies and not args.java_classpath:
        sys.exit("--java-classpath (or OEML_BENCH_CLASSPATH) is needed for the Java strategies; run.sh sets it")
    for s in samplers:
        try:
            optuna_side.make_sampler(s, 0)
        except ValueError as e:
            sys.exit(str(e))
    results = Results(env=environment.describe(args.java))
    started = time.time()
    # Java first: an unknown or unfinished strategy fails in seconds, not after the Optuna runs.
    try:
        if strategies:
            run_java(functions, strategies, seeds, budgets, args.java_classpath, args.java, results)
    except java_side.DriverError as e:
        sys.exit("AskTellDriver: %s" % e)
    run_optuna(functions, samplers, seeds, budgets, results)
    results.env["elapsed_s"] = round(time.time() - started, 1)
    results.env["load_average_at_end"] = " ".join("%.2f" % v for v in os.getloadavg())
    return results


def measure_mf(args, fulls, seeds):
    optuna_arms, java_arms = _names(args.mf_arms), _names(args.mf_java_arms)
    unknown = [a for a in optuna_arms if a not in optuna_side.MF_ARMS] + [
        a for a in java_arms if a not in java_side.MF_ARMS]
    if unknown:
        sys.exit("unknown --mf arm(s) %s (known: %s)" % (", ".join(unknown),
                                                          ", ".join([*optuna_side.MF_ARMS, *java_side.MF_ARMS])))
    if java_arms and not args.java_classpath:
        sys.exit("--java-classpath (or OEML_BENCH_CLASSPATH) is needed for the Java arms; run.sh sets it")
    results = Results(env=environment.describe(args.java), kind="bench_mf")
    warm_up_prompts = 3 * prompts.R_PROMPTS
    started = time.time()
    if java_arms:
        with java_side.AskTellDriver(args.java_classpath, args.java) as driver:
            for arm in java_arms:
                java_side.run_mf(driver, arm, WARM_UP_SEED, warm_up_prompts)  # JIT warm-up, discarded
                arm_started = time.time()
                for seed in seeds:
                    for full in fulls:  # budget-aware: one session per budget
                        budget = full * prompts.R_PROMPTS
                        log, suggest_s, wall = java_side.run_mf(driver, arm, seed, budget)
                        results.raw.append(prompts.raw_row(arm, log, full, wall))
                        results.suggest_ms[(prompts.FUNCTION, arm, seed, budget)] = 1000.0 * float(
                            sum(suggest_s)) / len(suggest_s)
                _progress("java   %-22s %6.1f s" % (arm, time.time() - arm_started))
    for arm in optuna_arms:
        optuna_side.run_mf(arm, WARM_UP_SEED, warm_up_prompts)
        arm_started = time.time()
        for seed in seeds:
            log, wall = optuna_side.run_mf(arm, seed, max(fulls) * prompts.R_PROMPTS)
            results.raw += [prompts.raw_row(arm, log, full, wall) for full in fulls]
        _progress("optuna %-22s %6.1f s" % (arm, time.time() - arm_started))
    results.env["elapsed_s"] = round(time.time() - started, 1)
    results.env["load_average_at_end"] = " ".join("%.2f" % v for v in os.getloadavg())
    return results


def analyse_mf(results, out_dir):
    arms = results.samplers()
    java_arms = [a for a in arms if a.startswith("java-")]
    optuna_arms = [a for a in arms if not a.startswith("java-")]
    summary_rows = mf_analysis.summarise(results.raw, results.suggest_ms, results.env["optuna"])
    families = mf_analysis.comparisons(results.raw, summary_rows, java_arms, optuna_arms)
    write_csv(os.path.join(out_dir, "bench_mf_summary.csv"), mf_analysis.SUMMARY_COLUMNS, summary_rows)
    write_csv(os.path.join(out_dir, "bench_mf_tests.csv"), summary.COMPARISON_COLUMNS,
              [summary.comparison_row(c) for rows in families.values() for c in rows])
    markdown = mf_analysis.render(results.env, arms, summary_rows, families,
                                  sorted({r["seed"] for r in results.raw}))
    with open(os.path.join(out_dir, "bench_mf_report.md"), "w") as fh:
        fh.write(markdown)
    return markdown


def analyse(results, functions, out_dir):
    """Summary, tests and report from what was measured; only the functions and budgets the raw rows hold."""
    labels = results.samplers()
    strategies = [s for s in labels if s.startswith("java-")]
    samplers = [s for s in labels if not s.startswith("java-")]
    measured = {r["function"] for r in results.raw}
    names = [fn.name for fn in functions if fn.name in measured]
    budgets = sorted({r["budget"] for r in results.raw})
    seeds = sorted({r["seed"] for r in results.raw})
    summary_rows = summary.summarise(results.raw, results.suggest_ms, results.env["optuna"])
    verdicts, comparisons = summary.verdicts(results.raw, summary_rows, results.suggest_ms, strategies, samplers,
                                             names, budgets, {fn.name for fn in functions if fn.noise_sd > 0})
    medians = {(r["function"], r["sampler"], r["budget"]): r["regret_median"] for r in summary_rows}
    ranks = {b: stats.mean_ranks(medians, names, labels, b) for b in budgets}
    write_csv(os.path.join(out_dir, "bench_summary.csv"), summary.SUMMARY_COLUMNS, summary_rows)
    write_csv(os.path.join(out_dir, "bench_tests.csv"), summary.COMPARISON_COLUMNS,
              [summary.comparison_row(c) for c in comparisons])
    markdown = report.render(results.env, names, labels, budgets, summary_rows, verdicts, ranks, results.grids,
                             seeds)
    with open(os.path.join(out_dir, "bench_report.md"), "w") as fh:
        fh.write(markdown)
    return markdown


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.mf:
        main_mf(args)
        return
    functions = plugins.load_functions(args.functions, _names(args.only))
    if args.report_from:
        print(analyse(Results.load(args.report_from), functions, args.report_from))
        return
    os.makedirs(args.out_dir, exist_ok=True)
    results = measure(args, functions, sorted(int(b) for b in _names(args.budgets)), list(range(args.seeds)))
    results.save(args.out_dir)
    # Analysed from the saved files (6 significant digits, as the reference CSVs), so --report-from gives the same.
    print(analyse(Results.load(args.out_dir), functions, args.out_dir))


def main_mf(args):
    if args.report_from:
        print(analyse_mf(Results.load(args.report_from, "bench_mf"), args.report_from))
        return
    os.makedirs(args.out_dir, exist_ok=True)
    results = measure_mf(args, sorted(int(b) for b in _names(args.budgets)), list(range(args.seeds)))
    results.save(args.out_dir)
    print(analyse_mf(Results.load(args.out_dir, "bench_mf"), args.out_dir))


if __name__ == "__main__":
    main()
