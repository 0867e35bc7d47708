#!/usr/bin/env bash
# The Spark figures of docs/performance.md: the universe screen of a 10,000-symbol x 20-year daily panel (50.4 M bars)
# by `bellwether spark screen` in local[1] and local[2] against the embedded `bellwether screen --all` on one core
# and on two, whole processes, RUNS times each, interleaved; then checks that every document is the same. At one core
# both are pinned to it (taskset): a local[1] JVM left free runs its JIT and GC on the second core (measured too).
#   1. generates the panel (seeded, bench-data/, not committed), imports it and exports the dataset, once;
#   2. runs the embedded screen once untimed (it writes the store's columnar snapshot, as any first query would), and
#      the Spark screen (the launcher then makes both commands' AOT caches).
# Build first: mvn -q install -DskipTests. Usage: bench/spark-speed.sh [RUNS=3] [SYMBOLS=10000] [SESSIONS=5040]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${1:-3}; symbols=${2:-10000}; sessions=${3:-5040}
data="$root/bench-data"; mkdir -p "$data"
csv="$data/daily-${symbols}x${sessions}.csv"; store="$data/panel-${symbols}x${sessions}.duckdb"
dataset="$data/ds-panel-${symbols}x${sessions}"
bw="$root/bin/bellwether"
[ -f "$csv" ] || "$root/bench/run-main.sh" LongCsvGenerator "$csv" "$symbols" "$sessions" 42
[ -f "$store" ] || "$bw" --db "$store" import bars "$csv" >/dev/null
[ -d "$dataset" ] || "$bw" --db "$store" export daily_bars --dataset "$dataset" >/dev/null
args=(--vs SYM0000 --as-of 2025-12-31 --json)
"$bw" --db "$store" screen --all "${args[@]}" > "$data/spark-embedded.json"
rm -rf "$data/spark-out2"   # and a Spark screen, untimed: both commands' AOT caches are then made, as any use would
"$bw" spark screen --dataset "$dataset" "${args[@]}" --out "$data/spark-out2" >/dev/null
sleep 1
for _ in $(seq 120); do compgen -G "$root/*/target/*.screen.aot.*" >/dev/null || break; sleep 1; done
measure() { # LABEL OUTPUT COMMAND...: whole-process wall time and peak memory
  local label=$1 output=$2; shift 2
  /usr/bin/time -f "%e %M" -o "$data/time.txt" "$@" > "$output"
  read -r seconds kb < "$data/time.txt"
  printf '%-36s %7.2f s  %6.2f GB peak\n' "$label" "$seconds" "$(echo "$kb / 1048576" | bc -l)"
}
for i in $(seq "$runs"); do
  rm -rf "$data/spark-out1" "$data/spark-out2"
  measure "spark screen local[1], 1 core" "$data/spark-local1.json" taskset -c 0 "$bw" spark screen \
    --dataset "$dataset" "${args[@]}" --master 'local[1]' --out "$data/spark-out1"
  rm -rf "$data/spark-out1"
  measure "spark screen local[1], JVM on 2 cores" "$data/spark-local1-free.json" "$bw" spark screen \
    --dataset "$dataset" "${args[@]}" --master 'local[1]' --out "$data/spark-out1"
  measure "embedded screen --all, 1 core" "$data/spark-embedded1.json" taskset -c 0 "$bw" --db "$store" screen --all "${args[@]}"
  measure "spark screen local[2]" "$data/spark-local2.json" "$bw" spark screen --dataset "$dataset" "${args[@]}" \
    --master 'local[2]' --out "$data/spark-out2"
  measure "embedded screen --all, 2 cores" "$data/spark-embedded2.json" "$bw" --db "$store" screen --all "${args[@]}"
done
for document in spark-local1 spark-local1-free spark-local2 spark-embedded1 spark-embedded2; do
  cmp -s "$data/spark-embedded.json" "$data/$document.json" || { echo "$document differs from the embedded screen" >&2; exit 1; }
done
echo "all five documents are the same as the embedded screen's ($(grep -o '"symbol"' "$data/spark-embedded.json" | wc -l) rows)"
