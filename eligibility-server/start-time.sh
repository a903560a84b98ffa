#!/usr/bin/env bash
# Start-up of the decision service beside the CLI's, each started both ways (the launcher with its start-up cache,
# and plain java -jar): for the server, from process start until GET /ready answers 200 (rule sets compiled,
# decisions served); for the CLI, a `check` of one sample pack from process start to exit; and the JVM alone (a main
# that prints one line, benchmarks' JvmStart), the yardstick of docs/performance.md. Interleaved, RUNS rounds
# (default 10), so every subject sees the same machine. Prints every time, the medians and the ratios.
#
#   mvn -B -q package -DskipTests && bash eligibility-server/start-time.sh
#
# The launchers' caches are made (once) before the first round, and not timed.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-10}
port=${PORT:-18765}
registry=samples/sample-lab-registry.csv
pack=samples/green-lane.json
for file in eligibility-server/target/eligibility-server eligibility-cli/target/eligibility; do
  [ -x "$file" ] || { echo "$file is missing: run mvn -B -q package -DskipTests first" >&2; exit 1; }
done
command -v curl > /dev/null || { echo "curl is needed to poll /ready" >&2; exit 1; }
# The launchers use the java this script's java -jar runs use (they would prefer $JAVA_HOME otherwise).
JAVA=$(command -v java)
export JAVA

now() { date +%s%N; }

# Prints the milliseconds from start until /ready answers 200, then stops the server.
server() {
  local start end pid
  start=$(now)
  "$@" --port "$port" --labs "$registry" > /dev/null 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/ready")" = 200 ]; do
    kill -0 "$pid" 2> /dev/null || { echo "the server stopped: $*" >&2; exit 1; }
    sleep 0.005
  done
  end=$(now)
  kill "$pid"; wait "$pid" 2> /dev/null || true
  echo $(( (end - start) / 1000000 ))
}

# Prints the milliseconds a command takes from start to exit.
timed() {
  local start end
  start=$(now)
  "$@" > /dev/null 2>&1 || true
  end=$(now)
  echo $(( (end - start) / 1000000 ))
}

subjects=(server_launcher server_jar cli_launcher cli_jar)
jvm_cp=benchmarks/target/classes
[ -f "$jvm_cp/io/greenlane/eligibility/benchmarks/JvmStart.class" ] && subjects+=(jvm)

run() {
  case $1 in
    server_launcher) server eligibility-server/target/eligibility-server ;;
    server_jar) server java -jar eligibility-server/target/eligibility-server.jar ;;
    cli_launcher) timed eligibility-cli/target/eligibility check "$pack" --labs "$registry" ;;
    cli_jar) timed java -jar eligibility-cli/target/eligibility.jar check "$pack" --labs "$registry" ;;
    jvm) timed java -cp "$jvm_cp" io.greenlane.eligibility.benchmarks.JvmStart ;;
  esac
}

# The launchers make their caches on first use: do that before timing.
run server_launcher > /dev/null
run cli_launcher > /dev/null

declare -A times
for _ in $(seq "$runs"); do
  for subject in "${subjects[@]}"; do
    times[$subject]="${times[$subject]:-} $(run "$subject")"
  done
done

median() { local sorted; sorted=($(printf '%s\n' "$@" | sort -n)); echo "${sorted[$(( $# / 2 ))]}"; }
declare -A medians
echo "$(date -u '+%Y-%m-%d %H:%M') UTC, $runs rounds, load average before: $(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo ?), $(java -version 2>&1 | head -1)"
for subject in "${subjects[@]}"; do
  # shellcheck disable=SC2086 # a list of numbers
  medians[$subject]=$(median ${times[$subject]})
  printf '%-16s median %5d ms  (%s )\n' "$subject" "${medians[$subject]}" "${times[$subject]}"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo "server (launcher) / CLI check (launcher): $(ratio "${medians[server_launcher]}" "${medians[cli_launcher]}")x"
echo "server (java -jar) / CLI check (java -jar): $(ratio "${medians[server_jar]}" "${medians[cli_jar]}")x"
if [ -n "${medians[jvm]:-}" ]; then
  echo "server (launcher) / the JVM alone: $(ratio "${medians[server_launcher]}" "${medians[jvm]}")x;" \
    "CLI check (launcher) / the JVM alone: $(ratio "${medians[cli_launcher]}" "${medians[jvm]}")x"
fi
