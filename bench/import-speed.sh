#!/usr/bin/env bash
# The whole-process import benchmark of docs/performance.md:
#   1. generates a seeded long CSV, 3,000 symbols x 2,520 sessions = 7.56 M rows (bench-data/, not committed);
#   2. times `bellwether import bars` of it into a new store, then again into that store (idempotent), RUNS times;
#   3. times DuckDB's own read_csv of the same file into a new database, RUNS times, as the baseline.
# Build first: mvn -q package -DskipTests. Usage: bench/import-speed.sh [SYMBOLS=3000] [SESSIONS=2520] [RUNS=3]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$root/bin/lib/jdk.sh"
symbols=${1:-3000}; sessions=${2:-2520}; runs=${3:-3}
data="$root/bench-data"; mkdir -p "$data"
csv="$data/long-${symbols}x${sessions}.csv"
source "$root/bin/lib/duckdb-native.sh"   # the baselines load DuckDB's native library as bin/bellwether does
bellwether_duckdb_native "$root/bench/target/bellwether-bench-0.1.0-SNAPSHOT.jar" "$root/bench/target/lib"
cp="$classpath"
[ -f "$csv" ] || "$JAVA_HOME/bin/java" -cp "$cp" org.bellwether.bench.LongCsvGenerator "$csv" "$symbols" "$sessions" 42
rows=$((symbols * sessions))
echo "file: $csv ($(du -h "$csv" | cut -f1), $rows rows); $(nproc) cores"
for i in $(seq "$runs"); do
  rm -f "$data/bench.duckdb" "$data/bench.duckdb.wal"
  start=$(date +%s.%N)
  "$root/bin/bellwether" --db "$data/bench.duckdb" import bars "$csv" >/dev/null
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" -v r="$rows" 'BEGIN { printf "bellwether import bars: %.2f s = %.0f rows/s (whole process)\n", e - s, r / (e - s) }'
  start=$(date +%s.%N)
  "$root/bin/bellwether" --db "$data/bench.duckdb" import bars "$csv" >/dev/null
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" -v r="$rows" 'BEGIN { printf "  again into the same store (every row unchanged): %.2f s = %.0f rows/s\n", e - s, r / (e - s) }'
done
for i in $(seq "$runs"); do
  "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED "${native_options[@]}" -cp "$cp" org.bellwether.bench.DuckDbReadCsv "$csv" "$data/baseline.duckdb"
done
