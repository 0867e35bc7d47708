#!/usr/bin/env bash
# The simulator's whole-process speed (docs/performance.md): `bellwether simulate` of 1,000 members x one year of
# daily bars into a new store, and `bellwether demo` (the built-in scenario: 2,500 companies x 517 sessions, 1-minute
# bars, facts), RUNS times each. Build first: mvn -q package -DskipTests. Usage: bench/simulate-speed.sh [RUNS=3]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${1:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$root/bench/lib/timed.sh"
for i in $(seq "$runs"); do
  rm -f "$work"/*.duckdb*
  timed "simulate 1,000 members x 1 year (new store)" "$root/bin/bellwether" --db "$work/thousand.duckdb" simulate \
    --scenario "$root/bench/scenarios/thousand-members-one-year.yaml" --seed 1
done
for i in $(seq "$runs"); do
  rm -f "$work"/*.duckdb*
  timed "demo (built-in scenario, new store)" "$root/bin/bellwether" --db "$work/demo.duckdb" demo
done
