#!/usr/bin/env bash
# A batch of 1,000,000 one-line declarations through `check FILE.jsonl`, in bounded memory (-Xmx256m): wall time,
# CPU time and peak resident memory of the whole process, and the batch's own summary line; with the launcher (the
# documented way), with plain java -jar, and optionally with an older build's jar, one after the other.
#
#   bash benchmarks/million.sh                                   # this build
#   BEFORE_JAR=/path/to/older/eligibility.jar bash benchmarks/million.sh   # and an older build, one after the other
#   COUNT=100000 bash benchmarks/million.sh                      # a shorter run
#
# The packs come from PackGenerator (fixed seed, a realistic mix of outcomes) and are written once to
# benchmarks/target/million-COUNT.jsonl (about 570 MB for a million). Decisions go to /dev/null.
# Needs: mvn -B -q package -DskipTests, and /usr/bin/time (Debian's `time` package).
set -euo pipefail
cd "$(dirname "$0")/.."
count=${COUNT:-1000000}
packs=benchmarks/target/million-$count.jsonl
cp="benchmarks/target/benchmarks.jar:$(ls benchmarks/target/lib/*.jar | tr '\n' ':')"
if [ ! -s "$packs" ]; then
  java -cp "$cp" io.greenlane.eligibility.benchmarks.PackGenerator "$packs.tmp" "$count" 1
  mv "$packs.tmp" "$packs"
fi

run() {
  local name=$1 log
  shift
  log=$(mktemp)
  /usr/bin/time -f 'wall %e s, user %U s, sys %S s, peak RSS %M KB' "$@" check "$packs" \
    --labs samples/sample-lab-registry.csv > /dev/null 2> "$log" || true
  echo "$name: $(grep -E '^decided' "$log")"
  echo "$name: $(grep -E '^wall' "$log")"
  rm -f "$log"
}

echo "$count one-line declarations, $(nproc) cores, $(java -version 2>&1 | head -1), -Xmx256m"
# The documented way (the launcher: for a batch, the throughput collector), then plain java -jar (the JVM's default
# collector, G1 here), then the older build the same way.
# The launcher uses the java the other runs use, and makes its start-up cache on first use: not in the timed run.
JAVA=$(command -v java)
export JAVA
eligibility-cli/target/eligibility check samples/green-lane.json --labs samples/sample-lab-registry.csv > /dev/null
JAVA_OPTS=-Xmx256m run launcher eligibility-cli/target/eligibility
run "java -jar" java -Xmx256m -jar eligibility-cli/target/eligibility.jar
if [ -n "${BEFORE_JAR:-}" ]; then
  run before java -Xmx256m -jar "$BEFORE_JAR"
fi
