#!/usr/bin/env bash
# Checks that the local run repairs itself, against the real suite (a few minutes; not part of ./mvnw verify).
# Run it with the environment you would give suite.sh (OEML_HOME, ports, OEML_OLLAMA_EMULATOR=1, ...) while that
# suite is stopped. It starts the suite, then:
#   1. kill -9 library-service, `restart library-service` from a shell whose OLLAMA_BASE_URL and port differ:
#      the service is ready again with the settings it had;
#   2. kill -9 Postgres and Kafka, `start`: both run again and every service is ready;
#   3. `restart postgres`: every service is ready again;
# and stops the suite.
set -euo pipefail
SUITE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/suite.sh"
HOME_DIR="${OEML_HOME:-$(cd "$(dirname "$SUITE")/../.." && pwd)/.run}"
[[ ! -f "$HOME_DIR/settings.env" ]] || { echo "a suite runs in $HOME_DIR; stop it first" >&2; exit 2; }

pid_of() { cut -d' ' -f1 "$HOME_DIR/pids/$1.pid"; }
# The configuration a service process was started with.
settings_of() {
  tr '\0' '\n' <"/proc/$1/environ" | grep -E '^(OLLAMA_|DB_|KAFKA_|OEML_|[A-Z]+_HTTP_PORT=|[A-Z]+_SERVICE_URL=)' | sort || true
}
fail() { echo "FAIL: $*" >&2; exit 1; }
trap '"$SUITE" stop >/dev/null' EXIT

"$SUITE" start

before=$(settings_of "$(pid_of library-service)")
kill -9 "$(pid_of library-service)"
OLLAMA_BASE_URL=http://elsewhere.invalid:11434 LIBRARY_HTTP_PORT=1 "$SUITE" restart library-service
after=$(settings_of "$(pid_of library-service)")
[[ "$before" == "$after" ]] || fail "library-service came back with other settings:
$(diff <(echo "$before") <(echo "$after") || true)"
echo "ok 1: restart library-service after kill -9 keeps its settings"

kill -9 "$(pid_of postgres)" "$(pid_of kafka)"
"$SUITE" start
echo "ok 2: start brings back a Postgres and a Kafka killed with -9"

"$SUITE" restart postgres
echo "ok 3: restart postgres"
