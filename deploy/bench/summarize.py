#!/usr/bin/env python3
"""Summary of deploy/bench/gateway-vs-nginx.sh's results.tsv: per path and target the median over the rounds of
throughput, p50, p99 and CPU per request of the proxy process, with the spread (min-max) over the rounds, then the
ratios each proxy reaches against the reference proxy (nginx) and the latency it adds against the direct calls.

Ratios are medians of the per-round ratios: the targets of one round ran back to back, so a round's ratio is less
disturbed by other load on the machine than a ratio of two medians taken over different minutes."""

import argparse
import csv
import statistics
from collections import defaultdict


def read_rows(path, ticks_per_second):
    rows = []
    with open(path, newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            requests = int(row["requests"])
            seconds = float(row["seconds"])
            rows.append({
                "round": int(row["round"]),
                "target": row["target"],
                "path": row["path"],
                "rps": requests / seconds,
                "p50_ms": int(row["p50_us"]) / 1000,
                "p99_ms": int(row["p99_us"]) / 1000,
                "errors": int(row["errors"]),
                # CPU microseconds per request
                "proxy_cpu_us": int(row["proxy_ticks"]) * 1e6 / ticks_per_second / max(requests, 1),
                "library_cpu_us": int(row["library_ticks"]) * 1e6 / ticks_per_second / max(requests, 1),
            })
    return rows


def spread(values, fmt):
    return f"{fmt.format(statistics.median(values))} ({fmt.format(min(values))}-{fmt.format(max(values))})"


def per_round(by_round, target, reference, key, op):
    return [op(r[target][key], r[reference][key]) for r in by_round.values() if target in r and reference in r]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("results")
    parser.add_argument("--ticks-per-second", type=int, default=100)
    parser.add_argument("--reference", default="nginx")
    parser.add_argument("--direct", default="direct")
    args = parser.parse_args()

    rows = read_rows(args.results, args.ticks_per_second)
    targets = list(dict.fromkeys(r["target"] for r in rows))
    paths = list(dict.fromkeys(r["path"] for r in rows))
    # path -> round -> target -> row
    grid = defaultdict(lambda: defaultdict(dict))
    for r in rows:
        grid[r["path"]][r["round"]][r["target"]] = r
    rounds = len({r["round"] for r in rows})

    print(f"median (min-max) over {rounds} rounds")
    for path in paths:
        print(f"\n== {path} ==")
        print(f"{'target':<14}{'req/s':>18}{'p50 ms':>24}{'p99 ms':>26}{'proxy CPU us/req':>20}"
              f"{'library CPU us/req':>21}{'errors':>8}")
        for target in targets:
            mine = [r[target] for r in grid[path].values() if target in r]
            proxy = "-" if target == args.direct else spread([r["proxy_cpu_us"] for r in mine], "{:.0f}")
            print(f"{target:<14}{spread([r['rps'] for r in mine], '{:.0f}'):>18}"
                  f"{spread([r['p50_ms'] for r in mine], '{:.1f}'):>24}"
                  f"{spread([r['p99_ms'] for r in mine], '{:.1f}'):>26}{proxy:>20}"
                  f"{spread([r['library_cpu_us'] for r in mine], '{:.0f}'):>21}"
                  f"{sum(r['errors'] for r in mine):>8}")
        print(f"\n{'proxy':<14}{'throughput / ' + args.reference:>22}{'CPU per req / ' + args.reference:>24}"
              f"{'added p50 ms':>26}{'added p99 ms':>28}")
        for target in targets:
            if target == args.direct:
                continue
            by_round = grid[path]
            throughput = per_round(by_round, target, args.reference, "rps", lambda a, b: a / b)
            cpu = per_round(by_round, target, args.reference, "proxy_cpu_us", lambda a, b: a / b if b else 0)
            p50 = per_round(by_round, target, args.direct, "p50_ms", lambda a, b: a - b)
            p99 = per_round(by_round, target, args.direct, "p99_ms", lambda a, b: a - b)
            print(f"{target:<14}{spread(throughput, '{:.2f}'):>22}{spread(cpu, '{:.2f}'):>24}"
                  f"{spread(p50, '{:+.1f}'):>26}{spread(p99, '{:+.1f}'):>28}")


if __name__ == "__main__":
    main()
