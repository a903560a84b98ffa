#!/usr/bin/env bash
# The long load test of the decision service (docs/server.md, "Performance"): the packaged server as its own
# process, CLIENTS concurrent clients (default 50) posting the three sample packs to /v1/decisions for SECONDS
# (default 30) after a 3 s warm-up, a hot reload of a changed rule set at half time, the decision log on.
# Prints throughput and latency percentiles; fails on any error, on a decision naming the wrong rule set, or on a
# returned decision missing from the log. The report is kept in eligibility-server/target/load-test/report.txt.
#
#   bash eligibility-server/load-test.sh [CLIENTS] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
clients="${1:-50}"
seconds="${2:-30}"
mvn -B -q verify -pl eligibility-server -am -Pload-test -DskipTests -Dload.clients="$clients" -Dload.seconds="$seconds"
