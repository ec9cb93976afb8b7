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


def per_round_ratio(by_round, target, reference, key, op):
    values = [op(r[target][key], r[reference][key]) for r in by_round.values() if target in r and reference in r]
    return values


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
        print(f"{'target':<16}{'req/s':>22}{'p50 ms':>20}{'p99 ms':>22}{'proxy CPU us/req':>24}"
              f"{'library CPU us/req':>24}{'errors':>8}")
        for target in targets:
            mine = [r[target] for r in grid[path].values() if target in r]
            proxy = "-" if target == args.direct else spread([r["proxy_cpu_us"] for r in mine], "{:.0f}")
            print(f"{target:<16}{spread([r['rps'] for r in mine], '{:.0f}'):>22}"
                  f"{spread([r['p50_ms'] for r in mine], '{:.2f}'):>20}"
                  f"{spread([r['p99_ms'] for r in mine], '{:.2f}'):>22}{proxy:>24}"
                  f"{spread([r['library_cpu_us'] for r in mine], '{:.0f}'):>24}"
                  f"{sum(r['errors'] for r in mine):>8}")
        print(f"\n{'proxy':<16}{'throughput / ' + args.reference:>24}{'CPU per req / ' + args.reference:>26}"
              f"{'added p50 ms':>20}{'added p99 ms':>20}")
        for target in targets:
            if target == args.direct:
                continue
            by_round = grid[path]
            throughput = per_round_ratio(by_round, target, args.reference, "rps", lambda a, b: a / b)
            cpu = per_round_ratio(by_round, target, args.reference, "proxy_cpu_us", lambda a, b: a / b if b else 0)
            p50 = per_round_ratio(by_round, target, args.direct, "p50_ms", lambda a, b: a - b)
            p99 = per_round_ratio(by_round, target, args.direct, "p99_ms", lambda a, b: a - b)
            print(f"{target:<16}{spread(throughput, '{:.2f}'):>24}{spread(cpu, '{:.2f}'):>26}"
                  f"{spread(p50, '{:+.2f}'):>20}{spread(p99, '{:+.2f}'):>20}")


if __name__ == "__main__":
    main()
