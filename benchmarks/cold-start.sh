#!/usr/bin/env bash
# Cold start of the command line, whole process, paired: each round runs every subject once, in turn, so that the
# machine's load falls on all of them alike. Prints each subject's median and its ratio to two yardsticks on the same
# JVM: the JVM's own start-up (a main that prints one line) and the command line's `--help`.
#
#   bash benchmarks/cold-start.sh                  # 15 rounds
#   ROUNDS=31 bash benchmarks/cold-start.sh
#   BEFORE_JAR=/path/to/older/eligibility.jar bash benchmarks/cold-start.sh   # also time an older build's check
#
# Subjects (JDK 17 is the `java` on the PATH; Java 25 is used where /usr/lib/jvm or JAVA25 has one):
#   jvm         java -cp benchmarks/target/classes …JvmStart               (the JVM alone)
#   help        java -jar eligibility.jar --help                          (the JVM, picocli and the command tree)
#   plain       java -jar eligibility.jar check SAMPLE --labs REGISTRY     (no start-up cache, default compilers)
#   launcher    eligibility-cli/target/eligibility check SAMPLE --labs …   (the documented way: start-up cache, C1)
#   before      java -jar $BEFORE_JAR check SAMPLE --labs …                (only with BEFORE_JAR)
#   rules       java [the launcher's cache and flags for one pack] …RulesOnlyStart  (an engine built, nothing
#               else: the shipped rules' build, which every decision needs; what no other change can beat)
#   jvm25, help25, launcher25, rules25   the same on Java 25 (AOT cache)
# Needs the built command line and benchmarks: mvn -B -q package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${ROUNDS:-15}
jar=eligibility-cli/target/eligibility.jar
launcher=eligibility-cli/target/eligibility
sample=(samples/green-lane.json --labs samples/sample-lab-registry.csv)
classes=benchmarks/target/classes
[ -f "$jar" ] && [ -x "$launcher" ] && [ -d "$classes" ] || { echo "cold-start.sh: build first: mvn -B -q package -DskipTests" >&2; exit 1; }

java25=${JAVA25:-}
if [ -z "$java25" ]; then
  for release in /usr/lib/jvm/*/release; do
    [ -r "$release" ] || continue
    version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
    if [ -n "$version" ] && [ "$version" -ge 25 ] && [ -x "${release%/release}/bin/java" ]; then
      java25=${release%/release}/bin/java
      break
    fi
  done
fi

declare -A command
order=(jvm help plain launcher)
command[jvm]="java -cp $classes io.greenlane.eligibility.benchmarks.JvmStart"
command[help]="java -jar $jar --help"
command[plain]="java -jar $jar check ${sample[*]}"
command[launcher]="$launcher check ${sample[*]}"
if [ -n "${BEFORE_JAR:-}" ]; then
  order+=(before)
  command[before]="java -jar $BEFORE_JAR check ${sample[*]}"
fi
if [ -n "$java25" ]; then
  order+=(jvm25 help25 launcher25)
  command[jvm25]="$java25 -cp $classes io.greenlane.eligibility.benchmarks.JvmStart"
  command[help25]="$java25 -jar $jar --help"
  command[launcher25]="env JAVA=$java25 $launcher check ${sample[*]}"
fi

# The launchers make their start-up caches on first use: that run is not timed (docs/performance.md says how long
# it takes).
for subject in "${order[@]}"; do
  ${command[$subject]} > /dev/null || { echo "cold-start.sh: $subject failed: ${command[$subject]}" >&2; exit 1; }
done

# The rules' build alone, with the cache the launcher has just made (the newest of its caches) and the flags it
# gives one pack: the class path starts as the launcher's, so the JVM takes the cache for it, and -Xshare:on or
# -XX:AOTMode=on make the warm-up run below fail rather than time a start without it.
one_pack="-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC"
rules_main="-cp $jar:$classes io.greenlane.eligibility.benchmarks.RulesOnlyStart"
# add_rules SUBJECT JAVA CACHE-OPTION CACHE-PATTERN: the subject, with the newest cache the pattern finds
add_rules() {
  local cache
  cache=$(ls -t $4 2> /dev/null | head -1) || true
  if [ -z "$cache" ]; then
    echo "cold-start.sh: no start-up cache of the launcher's matches $4; $1 left out" >&2
    return
  fi
  order+=("$1")
  command[$1]="$2 $one_pack $3=$cache $rules_main"
}
add_rules rules "java -Xshare:on" -XX:SharedArchiveFile 'eligibility-cli/target/eligibility-*.jsa'
[ -n "$java25" ] && add_rules rules25 "$java25 -XX:AOTMode=on" -XX:AOTCache 'eligibility-cli/target/eligibility-*.aot'
for subject in rules rules25; do
  [ -n "${command[$subject]:-}" ] || continue
  ${command[$subject]} > /dev/null || { echo "cold-start.sh: $subject failed: ${command[$subject]}" >&2; exit 1; }
done

declare -A times
for _ in $(seq "$rounds"); do
  for subject in "${order[@]}"; do
    start=$(date +%s%N)
    ${command[$subject]} > /dev/null
    end=$(date +%s%N)
    times[$subject]+="$(( (end - start) / 1000000 )) "
  done
done

median() { tr ' ' '\n' <<< "$1" | grep . | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
echo "whole-process runs, ${rounds} paired rounds, $(nproc) cores, $(java -version 2>&1 | head -1)"
printf '%-11s %8s %8s %8s  %9s %9s\n' subject median min max "vs jvm" "vs --help"
for subject in "${order[@]}"; do
  sorted=$(tr ' ' '\n' <<< "${times[$subject]}" | grep . | sort -n)
  med=$(median "${times[$subject]}")
  suffix=
  [[ $subject == *25 ]] && suffix=25
  jvm=$(awk -v a="$med" -v b="$(median "${times[jvm$suffix]}")" 'BEGIN { printf "%.2fx", a / b }')
  help=$(awk -v a="$med" -v b="$(median "${times[help$suffix]}")" 'BEGIN { printf "%.2fx", a / b }')
  printf '%-11s %6s ms %5s ms %5s ms  %9s %9s\n' "$subject" "$med" "$(head -1 <<< "$sorted")" \
    "$(tail -1 <<< "$sorted")" "$jvm" "$help"
done
