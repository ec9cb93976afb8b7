#!/usr/bin/env bash
# The optimizer benchmark in one command: Optuna (pinned, in a venv of its own) and this project's strategies (through
# the AskTellDriver of libs/optimizer-search) on the same functions, seeds and budgets. README.md says what it writes.
#   deploy/bench/optimizer/run.sh --quick             # smoke run, 5 seeds
#   deploy/bench/optimizer/run.sh                     # the full protocol: 30 seeds, budgets 25/50/100
#   deploy/bench/optimizer/run.sh test                # pytest: ported reference values, driver round trip
#   deploy/bench/optimizer/run.sh --with-gp ...       # also Optuna's GPSampler (a venv with torch, ~5.6 GB)
# Any other arguments go to `python -m optbench` (--functions, --only, --java-strategies, --out-dir ...).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"

# Python 3.11 or newer; the venv is keyed by the pinned requirements, so a changed pin makes a new one.
pins=("$here/requirements.txt")
if [ "${1:-}" = "--with-gp" ]; then
  shift
  pins+=("$here/requirements-gp.txt")
fi
requirements="${pins[-1]}"
python="${OEML_BENCH_PYTHON:-$(command -v python3.11 || command -v python3)}"
key="$(cat "${pins[@]}" | sha256sum | cut -c1-12)"
venv="$HOME/.cache/oeml/optuna-bench/venv-$key"
if [ ! -x "$venv/bin/python" ]; then
  # built beside it and moved in whole; a run that loses the race to another keeps the other's venv
  mkdir -p "$(dirname "$venv")"
  partial="$(mktemp -d "$venv.partial-XXXXXX")"
  "$python" -m venv "$partial"
  (cd "$here" && "$partial/bin/python" -m pip install -q --disable-pip-version-check -r "$requirements")
  mv -T "$partial" "$venv" 2>/dev/null || rm -rf "$partial"
fi

# The driver's class path: the module's jar and its runtime dependencies, as Maven resolves them.
module="$repo/libs/optimizer-search"
export MAVEN_OPTS="${MAVEN_OPTS:--Xmx1g -XX:+UseParallelGC -XX:TieredStopAtLevel=1}"
(cd "$repo" && ./mvnw -B -q -pl libs/optimizer-search -am package -DskipTests \
  && ./mvnw -B -q -pl libs/optimizer-search dependency:build-classpath -Dmdep.includeScope=runtime \
       -Dmdep.outputFile="$module/target/bench-classpath.txt")
jar="$(ls "$module"/target/optimizer-search-*.jar | grep -v -e sources -e javadoc | head -1)"
export OEML_BENCH_CLASSPATH="$jar:$(cat "$module/target/bench-classpath.txt")"

cd "$here"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
if [ "${1:-}" = "test" ]; then
  shift
  exec "$venv/bin/python" -m pytest -q tests "$@"
fi
exec "$venv/bin/python" -m optbench "$@"
