#!/usr/bin/env bash
# The whole suite on this machine, no Docker: a real Postgres and Kafka broker (libs/local-infra), then the five
# services, each a `java -jar` with its log in $OEML_HOME/logs. Everything it starts is stopped by process id.
#
#   deploy/local/suite.sh run      start, wait until ready, print the gateway URL, stop everything on Ctrl-C
#   deploy/local/suite.sh start    the same, in the background; returns once everything is ready
#   deploy/local/suite.sh stop     stop what start left running
#   deploy/local/suite.sh status   what is running, and readiness of each service
#
# With OEML_OLLAMA_EMULATOR=1 it also starts libs/ollama-emulator (an emulator of the Ollama API, not Ollama: its
# models do not run and its figures are modelled) on port 11435 and points OLLAMA_BASE_URL at it, for a demo.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OEML_HOME="${OEML_HOME:-$ROOT/.run}"
LOGS="$OEML_HOME/logs"
PIDS="$OEML_HOME/pids"
export OLLAMA_BASE_URL="${OLLAMA_BASE_URL:-http://localhost:11434}"
POSTGRES_PORT="${OEML_POSTGRES_PORT:-5432}"
KAFKA_PORT="${OEML_KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${OEML_KAFKA_CONTROLLER_PORT:-9093}"
SERVICE_JVM_OPTS="${OEML_SERVICE_JVM_OPTS:--Xms32m -Xmx256m -XX:+UseSerialGC}"
READY_TIMEOUT_S="${OEML_READY_TIMEOUT_S:-180}"
EMULATOR_PORT="${OEML_OLLAMA_EMULATOR_PORT:-11435}"
if [[ "${OEML_OLLAMA_EMULATOR:-0}" == 1 ]]; then export OLLAMA_BASE_URL="http://127.0.0.1:$EMULATOR_PORT"; fi

# name, module folder, port variable, default port
SERVICES=(
  "library-service library-service LIBRARY_HTTP_PORT 8081"
  "finetune-service finetune-service FINETUNE_HTTP_PORT 8082"
  "optimizer-service optimizer-service OPTIMIZER_HTTP_PORT 8083"
  "hardware-agent hardware-agent AGENT_HTTP_PORT 8084"
  "gateway gateway GATEWAY_HTTP_PORT 8080"
)

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }
STARTING=0
die() {
  log "error: $*" >&2
  # A start that fails half-way stops what it had started.
  if (( STARTING )); then stop; fi
  exit 1
}

port_of() { local var=$1 default=$2; echo "${!var:-$default}"; }

alive() { [[ -f "$PIDS/$1.pid" ]] && kill -0 "$(cat "$PIDS/$1.pid")" 2>/dev/null; }

build_if_missing() {
  local missing=0
  [[ -f "$ROOT/libs/local-infra/target/local-infra-classpath.txt" ]] || missing=1
  [[ -f "$ROOT/libs/ollama-emulator/target/ollama-emulator-classpath.txt" ]] || missing=1
  for s in "${SERVICES[@]}"; do
    read -r _ module _ _ <<<"$s"
    [[ -f "$ROOT/$module/target/quarkus-app/quarkus-run.jar" ]] || missing=1
  done
  if (( missing )); then
    log "building the suite (first run): ./mvnw package -DskipTests"
    (cd "$ROOT" && MAVEN_OPTS="${MAVEN_OPTS:--Xmx1g -XX:+UseParallelGC -XX:TieredStopAtLevel=1}" \
      ./mvnw -B -q package -DskipTests) || die "build failed"
  fi
}

start_infra() {
  if alive local-infra; then log "local-infra already running"; else
    rm -f "$OEML_HOME/infra.env"
    local cp
    cp="$(cat "$ROOT/libs/local-infra/target/local-infra-classpath.txt"):$(ls "$ROOT"/libs/local-infra/target/local-infra-*.jar | head -1)"
    log "starting Postgres (port $POSTGRES_PORT) and Kafka (port $KAFKA_PORT); data in $OEML_HOME"
    nohup java -Xmx128m -XX:+UseSerialGC -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$cp" \
      io.oeml.infra.LocalInfra "$OEML_HOME" "$POSTGRES_PORT" "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT" \
      >"$LOGS/local-infra.log" 2>&1 </dev/null &
    echo $! >"$PIDS/local-infra.pid"
  fi
  local deadline=$((SECONDS + READY_TIMEOUT_S))
  until [[ -f "$OEML_HOME/infra.env" ]]; do
    alive local-infra || die "local-infra exited; see $LOGS/local-infra.log and $OEML_HOME/kafka/kafka.log"
    (( SECONDS < deadline )) || die "local-infra not ready after ${READY_TIMEOUT_S}s; see $LOGS/local-infra.log"
    sleep 0.5
  done
  # shellcheck disable=SC1091
  source "$OEML_HOME/infra.env"
}

start_service() {
  local name=$1 module=$2 var=$3 default=$4
  if alive "$name"; then log "$name already running"; return; fi
  export "$var=$(port_of "$var" "$default")"
  # shellcheck disable=SC2086
  nohup java $SERVICE_JVM_OPTS -jar "$ROOT/$module/target/quarkus-app/quarkus-run.jar" \
    >"$LOGS/$name.log" 2>&1 </dev/null &
  echo $! >"$PIDS/$name.pid"
}

start_emulator() {
  [[ "${OEML_OLLAMA_EMULATOR:-0}" == 1 ]] || return 0
  if alive ollama-emulator; then log "ollama-emulator already running"; return; fi
  log "starting the Ollama EMULATOR (not a real Ollama; modelled figures) on port $EMULATOR_PORT"
  nohup java -Xmx256m -XX:+UseSerialGC \
    -cp "$(ls "$ROOT"/libs/ollama-emulator/target/ollama-emulator-*.jar | head -1):$(cat "$ROOT/libs/ollama-emulator/target/ollama-emulator-classpath.txt")" \
    io.oeml.ollama.emulator.OllamaEmulator --port "$EMULATOR_PORT" >"$LOGS/ollama-emulator.log" 2>&1 </dev/null &
  echo $! >"$PIDS/ollama-emulator.pid"
}

ready() { curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$1/q/health/ready"; }

await_ready() {
  local deadline=$((SECONDS + READY_TIMEOUT_S)) pending
  while :; do
    pending=()
    for s in "${SERVICES[@]}"; do
      read -r name _ var default <<<"$s"
      alive "$name" || die "$name exited; see $LOGS/$name.log"
      ready "$(port_of "$var" "$default")" || pending+=("$name")
    done
    (( ${#pending[@]} == 0 )) && return
    (( SECONDS < deadline )) || die "not ready after ${READY_TIMEOUT_S}s: ${pending[*]}; see $LOGS"
    sleep 1
  done
}

report_ollama() {
  if curl -fsS --max-time 3 "$OLLAMA_BASE_URL/api/version" >/dev/null 2>&1; then
    local version
    version=$(curl -fsS --max-time 3 "$OLLAMA_BASE_URL/api/version")
    if [[ "$version" == *OllamaEmulator* ]]; then
      log "Ollama API at $OLLAMA_BASE_URL is the OllamaEmulator, not Ollama: its models and figures are modelled"
    else
      log "Ollama at $OLLAMA_BASE_URL: $version"
    fi
  else
    log "warning: no Ollama answers at $OLLAMA_BASE_URL (set OLLAMA_BASE_URL); the suite runs, host discovery shows it unreachable"
  fi
}

start() {
  command -v java >/dev/null || die "java 17 or newer is needed on PATH"
  command -v curl >/dev/null || die "curl is needed on PATH"
  mkdir -p "$LOGS" "$PIDS"
  build_if_missing
  STARTING=1
  local t0=$SECONDS
  start_infra
  start_emulator
  for s in "${SERVICES[@]}"; do start_service $s; done
  await_ready
  report_ollama
  STARTING=0
  log "suite ready in $((SECONDS - t0))s; logs in $LOGS"
  log "gateway: http://127.0.0.1:$(port_of GATEWAY_HTTP_PORT 8080)   e.g. curl http://127.0.0.1:$(port_of GATEWAY_HTTP_PORT 8080)/api/ai/ollama/hosts"
}

stop_pid() {
  local name=$1 pidfile="$PIDS/$1.pid" pid
  [[ -f "$pidfile" ]] || return 0
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then log "$name did not stop in 30s; killing it"; kill -KILL "$pid"; fi
    log "stopped $name"
  fi
  rm -f "$pidfile"
}

stop() {
  # Gateway first, infrastructure last, so no service sees its database vanish while serving.
  for (( i=${#SERVICES[@]}-1; i>=0; i-- )); do read -r name _ <<<"${SERVICES[$i]}"; stop_pid "$name"; done
  stop_pid ollama-emulator
  stop_pid local-infra
}

status() {
  for s in local-infra ollama-emulator "${SERVICES[@]}"; do
    read -r name _ var default <<<"$s"
    if alive "$name"; then
      if [[ -n "${var:-}" ]] && ready "$(port_of "$var" "$default")"; then state=ready; else state=running; fi
      printf '%-18s %-8s pid %s\n' "$name" "$state" "$(cat "$PIDS/$name.pid")"
    else
      printf '%-18s stopped\n' "$name"
    fi
  done
}

case "${1:-run}" in
  run)
    trap 'echo; stop; exit 0' INT TERM
    start
    log "press Ctrl-C to stop"
    while :; do sleep 1; done ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 run|start|stop|status" >&2; exit 2 ;;
esac
