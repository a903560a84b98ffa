#!/usr/bin/env bash
# 1,000,000 generated one-line declarations through `check -`: wall time and peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${COUNT:-1000000}
lines=${LINES:-1}
cp="benchmarks/target/benchmarks.jar:$(ls benchmarks/target/lib/*.jar | tr '\n' ':')"
java -cp "$cp" io.greenlane.eligibility.benchmarks.PackGenerator - "$count" "$lines" \
  | /usr/bin/time -v java -Xmx256m -jar eligibility-cli/target/eligibility.jar check - \
      --labs samples/sample-lab-registry.csv > /dev/null 2> /tmp/million.err || true
grep -E "^decided|Elapsed \(wall|Maximum resident" /tmp/million.err
