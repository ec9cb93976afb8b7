#!/usr/bin/env bash
# Proxy benchmark: an authenticated library search (and a trivial path, and the search on one connection) through the
# gateway, against library-service called directly and against nginx (Debian's nginx-light, one worker) proxying to
# the same library-service with the same keep-alive settings. wrk drives every target in turn, interleaved, for several
# rounds; the summary prints the median and spread of each. See deploy/bench/README.md for what is measured and how
# to read it.
#
#   deploy/bench/gateway-vs-nginx.sh                       the gateway built in this checkout
#   GATEWAYS="before=/tmp/old/quarkus-app after=gateway/target/quarkus-app" deploy/bench/gateway-vs-nginx.sh
#                                                          several gateway builds side by side (same run, same rounds)
#   GATEWAYS="loops4=gateway/target/quarkus-app loops1=gateway/target/quarkus-app,QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE=1"
#                                                          one build with other settings: ",VAR=value" after the folder
#
# Settings (environment): ROUNDS (5), DURATION (10s a measurement), WARMUP (30s a target and path, once), CONNECTIONS (32),
# THREADS (2), WRK_CPUS (unset: wrk is not pinned; e.g. "1" runs it under taskset -c 1), BENCH_HOME (.run/bench,
# wiped at each run), GATEWAY_JVM_OPTS and LIBRARY_JVM_OPTS (default the suite's -Xms32m -Xmx256m -XX:+UseSerialGC),
# GATEWAY_ENV (extra VAR=value settings for every gateway, e.g. QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE=1), PROFILE (the
# name of a gateway: async-profiler samples its CPU while the rounds run, and cpu_breakdown.py says where it went),
# VERTX_FLOOR (1: also the target "vertx", floor/BareVertxProxy.java: the gateway's Vert.x proxy with nothing else).
# Everything it starts (Postgres, Kafka, the Ollama emulator, library-service, the gateways, nginx) runs under
# $BENCH_HOME and is stopped by its process id when the script exits.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH="$ROOT/deploy/bench"
BENCH_HOME="${BENCH_HOME:-$ROOT/.run/bench}"
ROUNDS="${ROUNDS:-5}"
DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-30s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
SERVICE_JVM_OPTS="-Xms32m -Xmx256m -XX:+UseSerialGC"
GATEWAY_JVM_OPTS="${GATEWAY_JVM_OPTS:-$SERVICE_JVM_OPTS}"
LIBRARY_JVM_OPTS="${LIBRARY_JVM_OPTS:-$SERVICE_JVM_OPTS}"
GATEWAYS="${GATEWAYS:-gateway=$ROOT/gateway/target/quarkus-app}"
read -r -a GATEWAY_EXTRA_ENV <<<"${GATEWAY_ENV:-}"
# The gateway's backend pool (gateway.backend-pool-size, default 64); nginx keeps as many idle upstream connections.
POOL_SIZE="${GATEWAY_BACKEND_POOL_SIZE:-64}"
# Ports of our own, away from a suite that may run on the defaults (8080-8084, 5432, 9092).
PG_PORT=55432 KAFKA_PORT=59092 KAFKA_CONTROLLER_PORT=59093 EMULATOR_PORT=51435
LIBRARY_PORT=18081 LIBRARY_MANAGEMENT_PORT=19081 NGINX_PORT=18090 VERTX_FLOOR_PORT=18095 FIRST_GATEWAY_PORT=18100
SEARCH_PATH="/api/ai/ollama/models/search?q=llama&limit=10"
# A path under the library prefix that no endpoint serves: the service checks the token and answers 404, no database.
TRIVIAL_PATH="/api/ai/ollama/models/bench/none"

LOGS="$BENCH_HOME/logs"
PIDS=()
log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

stop_all() {
  local i
  for (( i=${#PIDS[@]}-1; i>=0; i-- )); do kill "${PIDS[$i]}" 2>/dev/null || true; done
  for (( i=${#PIDS[@]}-1; i>=0; i-- )); do
    for _ in $(seq 50); do kill -0 "${PIDS[$i]}" 2>/dev/null || break; sleep 0.2; done
    kill -9 "${PIDS[$i]}" 2>/dev/null || true
  done
}
trap stop_all EXIT
trap 'exit 130' INT TERM

# --- prerequisites ---------------------------------------------------------------------------------------------

ensure_tools() {
  local missing=()
  command -v nginx >/dev/null || missing+=(nginx-light)
  command -v wrk >/dev/null || missing+=(wrk)
  if (( ${#missing[@]} )); then
    log "installing ${missing[*]} from Debian"
    apt-get install -y "${missing[@]}" >"$LOGS/apt.log" 2>&1 \
      || { apt-get update >>"$LOGS/apt.log" 2>&1 && apt-get install -y "${missing[@]}" >>"$LOGS/apt.log" 2>&1; } \
      || die "could not install ${missing[*]}; see $LOGS/apt.log"
  fi
  command -v python3 >/dev/null || die "python3 is needed for the summary"
}

ensure_built() {
  local app
  [[ -f "$ROOT/library-service/target/quarkus-app/quarkus-run.jar" \
     && -f "$ROOT/libs/local-infra/target/local-infra-classpath.txt" \
     && -f "$ROOT/libs/ollama-emulator/target/ollama-emulator-classpath.txt" \
     && -f "$ROOT/gateway/target/quarkus-app/quarkus-run.jar" ]] && return 0
  log "building the jars: ./mvnw -q package -DskipTests (log: $LOGS/build.log)"
  (cd "$ROOT" && MAVEN_OPTS="${MAVEN_OPTS:--Xmx1g -XX:+UseParallelGC -XX:TieredStopAtLevel=1}" \
    ./mvnw -B -q package -DskipTests -pl gateway,library-service,libs/local-infra,libs/ollama-emulator -am) \
    >"$LOGS/build.log" 2>&1 || die "build failed; see $LOGS/build.log"
  for app in $GATEWAYS; do app=${app#*=}; app=${app%%,*}; [[ -f "$app/quarkus-run.jar" ]] || die "no quarkus-run.jar in $app"; done
}

# --- parts -----------------------------------------------------------------------------------------------------

local_infra() {
  java -Xmx128m -XX:+UseSerialGC -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "$(cat "$ROOT/libs/local-infra/target/local-infra-classpath.txt"):$(ls "$ROOT"/libs/local-infra/target/local-infra-*.jar | head -1)" \
    io.oeml.infra.LocalInfra "$@" 2>>"$LOGS/local-infra.log" | tail -n 1
}

start_infra() {
  local pid
  log "starting Postgres (:$PG_PORT) and Kafka (:$KAFKA_PORT) under $BENCH_HOME"
  pid=$(local_infra postgres "$BENCH_HOME" "$PG_PORT") || die "Postgres did not start; see $LOGS/local-infra.log"
  PIDS+=("$pid")
  pid=$(local_infra kafka "$BENCH_HOME" "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT") || die "Kafka did not start; see $LOGS/local-infra.log"
  PIDS+=("$pid")
  local_infra identity-keys "$BENCH_HOME/identity" >/dev/null || die "no identity keys; see $LOGS/local-infra.log"
  # shellcheck disable=SC1091
  source "$BENCH_HOME/postgres.env"; source "$BENCH_HOME/kafka.env"; source "$BENCH_HOME/identity/identity.env"
  nohup java -Xmx128m -XX:+UseSerialGC \
    -cp "$(ls "$ROOT"/libs/ollama-emulator/target/ollama-emulator-*.jar | head -1):$(cat "$ROOT/libs/ollama-emulator/target/ollama-emulator-classpath.txt")" \
    io.oeml.ollama.emulator.OllamaEmulator --port "$EMULATOR_PORT" >"$LOGS/ollama-emulator.log" 2>&1 </dev/null &
  PIDS+=($!)
}

# await_ready NAME URL PID: until URL answers 2xx (the process' log is $LOGS/NAME.log)
await_ready() {
  local name=$1 url=$2 pid=$3
  for _ in $(seq 240); do
    kill -0 "$pid" 2>/dev/null || die "$name exited; see $LOGS/$name.log"
    curl -fs -o /dev/null --max-time 2 "$url" && return 0
    sleep 1
  done
  die "$name not ready after 240 s; see $LOGS/$name.log"
}

LIBRARY_PID=""
start_library() {
  log "starting library-service (:$LIBRARY_PORT)"
  # shellcheck disable=SC2086
  MANAGEMENT_PORT=$LIBRARY_MANAGEMENT_PORT LIBRARY_HTTP_PORT=$LIBRARY_PORT OLLAMA_BASE_URL="http://127.0.0.1:$EMULATOR_PORT" \
    nohup env -u IDENTITY_SIGNING_KEY java $LIBRARY_JVM_OPTS -jar "$ROOT/library-service/target/quarkus-app/quarkus-run.jar" \
    >"$LOGS/library-service.log" 2>&1 </dev/null &
  LIBRARY_PID=$!
  PIDS+=("$LIBRARY_PID")
  await_ready library-service "http://127.0.0.1:$LIBRARY_MANAGEMENT_PORT/q/health/ready" "$LIBRARY_PID"
}

# name -> "port pid" of each gateway build
declare -A GATEWAY_AT=()
GATEWAY_NAMES=()
start_gateways() {
  local entry name app port=$FIRST_GATEWAY_PORT pid own_env
  (umask 077 && openssl rand -base64 48 >"$BENCH_HOME/api-key-pepper")
  for entry in $GATEWAYS; do
    name=${entry%%=*} app=${entry#*=}
    IFS=, read -r -a own_env <<<"$app"
    app=${own_env[0]}
    own_env=("${own_env[@]:1}")
    log "starting gateway '$name' (:$port) from $app ${own_env[*]}"
    # One at a time: the first creates the schema and the bootstrap admin key, the others share both.
    # shellcheck disable=SC2086
    MANAGEMENT_PORT=$((port + 1000)) GATEWAY_HTTP_PORT=$port LIBRARY_SERVICE_URL="http://127.0.0.1:$LIBRARY_PORT" \
      GATEWAY_API_KEY_PEPPER="$(<"$BENCH_HOME/api-key-pepper")" GATEWAY_BOOTSTRAP_ADMIN_KEY_FILE="$BENCH_HOME/admin-key" \
      GATEWAY_BACKEND_POOL_SIZE=$POOL_SIZE GATEWAY_RATE_LIMIT_ENABLED=false \
      nohup env "${GATEWAY_EXTRA_ENV[@]}" "${own_env[@]}" java $GATEWAY_JVM_OPTS -jar "$app/quarkus-run.jar" \
      >"$LOGS/gateway-$name.log" 2>&1 </dev/null &
    pid=$!
    PIDS+=("$pid")
    await_ready "gateway-$name" "http://127.0.0.1:$((port + 1000))/q/health/ready" "$pid"
    GATEWAY_AT[$name]="$port $pid"
    GATEWAY_NAMES+=("$name")
    port=$((port + 2))
  done
  [[ -s "$BENCH_HOME/admin-key" ]] || die "the gateway wrote no admin key to $BENCH_HOME/admin-key"
}

NGINX_PID=""
start_nginx() {
  local prefix="$BENCH_HOME/nginx"
  mkdir -p "$prefix/logs"
  sed -e "s|@PORT@|$NGINX_PORT|; s|@UPSTREAM@|127.0.0.1:$LIBRARY_PORT|; s|@KEEPALIVE@|$POOL_SIZE|; s|@PREFIX@|$prefix|g" \
    "$BENCH/nginx.conf.template" >"$prefix/nginx.conf"
  log "starting nginx $(nginx -v 2>&1 | cut -d/ -f2) (:$NGINX_PORT, 1 worker, upstream keepalive $POOL_SIZE)"
  nginx -p "$prefix" -c "$prefix/nginx.conf" -e "$prefix/logs/error.log"
  for _ in $(seq 50); do [[ -s "$prefix/nginx.pid" ]] && break; sleep 0.1; done
  NGINX_PID=$(<"$prefix/nginx.pid")
  PIDS+=("$NGINX_PID")
}

VERTX_FLOOR_PID=""
start_vertx_floor() {
  local app=${GATEWAYS%% *}
  app=${app#*=}; app=${app%%,*}
  log "starting the bare Vert.x proxy (:$VERTX_FLOOR_PORT) on the jars of $app"
  # shellcheck disable=SC2086
  nohup java $GATEWAY_JVM_OPTS -cp "$app/lib/main/*" "$BENCH/floor/BareVertxProxy.java" "$VERTX_FLOOR_PORT" \
    "$LIBRARY_PORT" "$POOL_SIZE" >"$LOGS/vertx-floor.log" 2>&1 </dev/null &
  VERTX_FLOOR_PID=$!
  PIDS+=("$VERTX_FLOOR_PID")
  # library-service's OpenAPI document needs no credential: a 200 through the proxy means both ends are up.
  await_ready vertx-floor "http://127.0.0.1:$VERTX_FLOOR_PORT/q/openapi" "$VERTX_FLOOR_PID"
}

# --- profiling (PROFILE=<gateway name>) -------------------------------------------------------------------------

# async-profiler from Maven Central, attached to the running JVM through jcmd: CPU time samples (itimer: no perf
# events needed), every 1 ms of CPU, in the collapsed format.
ASYNC_PROFILER_VERSION=4.2
profiler() {
  local pid=$1 command=$2 lib="$BENCH_HOME/async-profiler/linux-x64/libasyncProfiler.so"
  if [[ ! -f "$lib" ]]; then
    (cd "$ROOT" && ./mvnw -B -q dependency:copy -Dartifact="tools.profiler:async-profiler:$ASYNC_PROFILER_VERSION" \
      -DoutputDirectory="$BENCH_HOME/async-profiler") >"$LOGS/async-profiler.log" 2>&1 \
      || die "could not fetch async-profiler; see $LOGS/async-profiler.log"
    unzip -q -o "$BENCH_HOME/async-profiler/async-profiler-$ASYNC_PROFILER_VERSION.jar" 'linux-x64/*' \
      -d "$BENCH_HOME/async-profiler"
  fi
  jcmd "$pid" "JVMTI.agent_load $lib \"$command\"" >>"$LOGS/async-profiler.log" 2>&1 \
    || die "async-profiler: $command failed; see $LOGS/async-profiler.log"
}

# --- measuring -------------------------------------------------------------------------------------------------

# CPU time in clock ticks (utime + stime) of a process and its children's threads: for nginx the master and its worker.
cpu_ticks() {
  local pid total=0 fields stat
  for pid in "$@" $(pgrep -P "$1" || true); do
    stat=$(cat "/proc/$pid/stat" 2>/dev/null) || continue
    read -r -a fields <<<"${stat##*) }"
    total=$((total + fields[11] + fields[12]))
  done
  echo "$total"
}

# One wrk run of PATH_NAME (its connections and threads: CONNECTIONS_OF): prints "requests seconds p50_us p99_us errors"
wrk_run() {
  local seconds=$1 path=$2 url=$3 header=$4 pin=() connections threads
  read -r connections threads <<<"${CONNECTIONS_OF[$path]}"
  [[ -n "${WRK_CPUS:-}" ]] && pin=(taskset -c "$WRK_CPUS")
  "${pin[@]}" wrk -t"$threads" -c"$connections" -d"$seconds" -H "$header" -s "$BENCH/report.lua" "$url" \
    | awk '/^BENCH /{ $1=""; print }'
}

# measure ROUND TARGET PATH_NAME URL HEADER PROXY_PID: one line of results.tsv
measure() {
  local round=$1 target=$2 path=$3 url=$4 header=$5 proxy_pid=$6 p0 p1 l0 l1 out
  p0=$(cpu_ticks "$proxy_pid"); l0=$(cpu_ticks "$LIBRARY_PID")
  out=$(wrk_run "$DURATION" "$path" "$url" "$header")
  p1=$(cpu_ticks "$proxy_pid"); l1=$(cpu_ticks "$LIBRARY_PID")
  # shellcheck disable=SC2086
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$target" "$path" "$(echo $out | tr ' ' '\t')" $((p1 - p0)) $((l1 - l0)) \
    >>"$RESULTS"
  log "  round $round $target $path: $out (proxy ticks $((p1 - p0)), library ticks $((l1 - l0)))"
}

expect_status() {
  local url=$1 header=$2 want=$3 got
  got=$(curl -s -o /dev/null -w '%{http_code}' -H "$header" "$url")
  [[ "$got" == "$want" ]] || die "$url answered $got, not $want"
}

main() {
  rm -rf "$BENCH_HOME"
  mkdir -p "$LOGS"
  ensure_tools
  ensure_built
  start_infra
  start_library
  start_gateways
  start_nginx
  [[ "${VERTX_FLOOR:-}" == 1 ]] && start_vertx_floor

  local token key targets=() target port pid url header path
  token=$(local_infra identity-token "$BENCH_HOME/identity" bench-user user 86400) || die "no identity token"
  key=$(<"$BENCH_HOME/admin-key")
  # target name -> "base-url pid header"
  declare -A AT=()
  AT[direct]="http://127.0.0.1:$LIBRARY_PORT $LIBRARY_PID Authorization: Bearer $token"
  AT[nginx]="http://127.0.0.1:$NGINX_PORT $NGINX_PID Authorization: Bearer $token"
  targets=(direct nginx)
  if [[ -n "$VERTX_FLOOR_PID" ]]; then
    AT[vertx]="http://127.0.0.1:$VERTX_FLOOR_PORT $VERTX_FLOOR_PID Authorization: Bearer $token"
    targets+=(vertx)
  fi
  for target in "${GATEWAY_NAMES[@]}"; do
    read -r port pid <<<"${GATEWAY_AT[$target]}"
    AT[$target]="http://127.0.0.1:$port $pid Authorization: Bearer $key"
    targets+=("$target")
  done

  # search-1: the search again on one connection, nothing queued: the latency a proxy itself adds to a request.
  declare -A PATHS=([search]="$SEARCH_PATH" [trivial]="$TRIVIAL_PATH" [search-1]="$SEARCH_PATH")
  declare -g -A CONNECTIONS_OF=([search]="$CONNECTIONS $THREADS" [trivial]="$CONNECTIONS $THREADS" [search-1]="1 1")
  local path_names=(search trivial search-1)
  for target in "${targets[@]}"; do
    read -r url pid header <<<"${AT[$target]}"
    expect_status "$url$SEARCH_PATH" "$header" 200
    expect_status "$url$TRIVIAL_PATH" "$header" 404
  done
  log "every target answers search 200 and trivial 404 with its credential"

  RESULTS="$BENCH_HOME/results.tsv"
  printf 'round\ttarget\tpath\trequests\tseconds\tp50_us\tp99_us\terrors\tnon2xx\tproxy_ticks\tlibrary_ticks\n' >"$RESULTS"
  log "warm-up: $WARMUP per target and path"
  for target in "${targets[@]}"; do
    read -r url pid header <<<"${AT[$target]}"
    for path in search trivial; do wrk_run "$WARMUP" "$path" "$url${PATHS[$path]}" "$header" >/dev/null; done
  done
  log "measuring: $ROUNDS rounds of $DURATION per target and path, $CONNECTIONS connections and $THREADS wrk threads (search-1: 1 and 1)"
  local round i n=${#targets[@]} profiled=""
  if [[ -n "${PROFILE:-}" ]]; then
    [[ -n "${GATEWAY_AT[$PROFILE]:-}" ]] || die "PROFILE=$PROFILE names no gateway of this run"
    read -r _ profiled <<<"${GATEWAY_AT[$PROFILE]}"
    profiler "$profiled" "start,event=itimer,interval=1ms"
    log "profiling gateway '$PROFILE' while the rounds run"
  fi
  for round in $(seq "$ROUNDS"); do
    for path in "${path_names[@]}"; do
      # Each round starts at another target, so no target always runs right after the same neighbour.
      for (( i=0; i<n; i++ )); do
        target=${targets[$(( (i + round) % n ))]}
        read -r url pid header <<<"${AT[$target]}"
        measure "$round" "$target" "$path" "$url${PATHS[$path]}" "$header" "$pid"
      done
    done
  done
  if [[ -n "$profiled" ]]; then
    profiler "$profiled" "stop,file=$BENCH_HOME/$PROFILE.collapsed,collapsed"
    python3 "$BENCH/cpu_breakdown.py" "$BENCH_HOME/$PROFILE.collapsed" | tee "$BENCH_HOME/$PROFILE-cpu.txt"
  fi
  python3 "$BENCH/summarize.py" "$RESULTS" --ticks-per-second "$(getconf CLK_TCK)" --reference nginx --direct direct \
    | tee "$BENCH_HOME/summary.txt"
  log "raw results: $RESULTS; summary: $BENCH_HOME/summary.txt"
}

main "$@"
