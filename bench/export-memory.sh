#!/usr/bin/env bash
# The export figure of docs/performance.md: `bellwether export intraday_bars --dataset` of 49 M 1-minute bars
# (500 symbols x 252 sessions) against DuckDB's own one-statement partitioned COPY of the same table (the peer, and
# what the export did before), whole processes, RUNS times each, interleaved: wall time and peak memory (RSS).
#   Generates the bars (seeded, bench-data/, not committed) and imports them once.
# Build first: mvn -q install -DskipTests. Usage: bench/export-memory.sh [RUNS=3]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$root/bin/lib/jdk.sh"
runs=${1:-3}
data="$root/bench-data"; mkdir -p "$data"
csv="$data/minutes-500x252.csv"; store="$data/minutes.duckdb"
[ -f "$csv" ] || "$root/bench/run-main.sh" LongCsvGenerator "$csv" 500 252 42 1m
[ -f "$store" ] || "$root/bin/bellwether" --db "$store" import bars "$csv" >/dev/null
source "$root/bin/lib/duckdb-native.sh"   # the peer loads DuckDB's native library as bin/bellwether does
bellwether_duckdb_native "$root/bench/target/bellwether-bench-0.1.0-SNAPSHOT.jar" "$root/bench/target/lib"
measure() { # LABEL COMMAND...: whole-process wall time and peak memory
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$data/time.txt" "$@" > /dev/null
  read -r seconds kb < "$data/time.txt"
  printf '%-40s %7.2f s  %6.2f GB peak\n' "$label" "$seconds" "$(echo "$kb / 1048576" | bc -l)"
}
for i in $(seq "$runs"); do
  rm -rf "$data/export-bw" "$data/export-duckdb"
  measure "bellwether export intraday_bars --dataset" "$root/bin/bellwether" --db "$store" export intraday_bars \
    --dataset "$data/export-bw"
  measure "duckdb COPY ... PARTITION_BY" "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED \
    "${native_options[@]}" -cp "$classpath" org.bellwether.bench.DuckDbExport "$store" "$data/export-duckdb"
done
echo "files: bellwether $(find "$data/export-bw" -name '*.parquet' | wc -l), duckdb $(find "$data/export-duckdb" -name '*.parquet' | wc -l)"
