#!/usr/bin/env bash
# Cold start of the CLI: process start to exit for `check` of one sample pack, 10 runs.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-10}
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  java -jar eligibility-cli/target/eligibility.jar check samples/green-lane.json \
    --labs samples/sample-lab-registry.csv > /dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "check of one pack, whole process, ${runs} runs (ms): ${sorted[*]}"
echo "median: ${sorted[$(( runs / 2 ))]} ms"
