#!/usr/bin/env bash
# Start-up of the decision service beside the CLI's: from process start until GET /ready answers 200 (rule sets
# compiled, decisions served), and the CLI's `check` of one sample pack from process start to exit; interleaved,
# RUNS times each (default 10), so both see the same machine. Prints every time and the medians.
#
#   bash eligibility-server/start-time.sh [CLI.jar]     (default: the CLI jar found in the build)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-10}
port=${PORT:-18765}
cli=${1:-}
if [ -z "$cli" ]; then
  for candidate in eligibility-cli/target/eligibility.jar examples/target/eligibility.jar; do
    if [ -f "$candidate" ]; then cli=$candidate; break; fi
  done
fi
server_ms=(); cli_ms=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  java -jar eligibility-server/target/eligibility-server.jar --port "$port" \
    --labs samples/sample-lab-registry.csv >/dev/null 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/ready")" = 200 ]; do sleep 0.01; done
  end=$(date +%s%N)
  server_ms+=($(( (end - start) / 1000000 )))
  kill "$pid"; wait "$pid" 2>/dev/null || true
  if [ -n "$cli" ]; then
    start=$(date +%s%N)
    java -jar "$cli" check samples/green-lane.json --labs samples/sample-lab-registry.csv >/dev/null || true
    end=$(date +%s%N)
    cli_ms+=($(( (end - start) / 1000000 )))
  fi
done
median() { local sorted; sorted=($(printf '%s\n' "$@" | sort -n)); echo "${sorted[$(( $# / 2 ))]}"; }
echo "server, process start to /ready 200 (ms): ${server_ms[*]}; median $(median "${server_ms[@]}") ms"
if [ -n "$cli" ]; then
  echo "CLI $cli, check of one pack (ms): ${cli_ms[*]}; median $(median "${cli_ms[@]}") ms"
fi
