#!/usr/bin/env bash
# The whole-process import benchmark of docs/performance.md:
#   1. generates a seeded long CSV, 3,000 symbols x 2,520 sessions = 7.56 M rows (bench-data/, not committed);
#   2. imports it once untimed (the launcher then makes the import command's AOT cache, as after any first use);
#   3. RUNS times, interleaved, whole processes: `bellwether import bars` of it into a new store, again into that
#      store (idempotent), and DuckDB's own read_csv of the same file into a new database (the peer: a JVM that
#      loads DuckDB as bin/bellwether does and runs one CREATE TABLE AS), at its fastest setting (insertion order not
#      preserved, as the import) and with DuckDB's defaults; prints the medians and their ratios.
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
# a first import, untimed, after which the launcher makes the import command's AOT cache (as any earlier use would)
rm -f "$data/bench.duckdb" "$data/bench.duckdb.wal"
"$root/bin/bellwether" --db "$data/bench.duckdb" import bars "$csv" >/dev/null
sleep 1   # the launcher makes the cache in the background, from its recording's configuration file
for _ in $(seq 120); do compgen -G "$root/cli/target/*.import.aot.*" >/dev/null || break; sleep 1; done
seconds() { # COMMAND...: the whole process's wall time, stdout discarded
  local start end
  start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }'
}
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
first=(); again=(); peer=(); plain=()
printf '%-4s %-14s %-14s %-22s %s\n' run "import (new)" "again (same)" "read_csv, fastest" "read_csv, default settings"
peer() { # SETTINGS: DuckDB's read_csv of the file into a new database, whole process
  seconds "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED "${native_options[@]}" -cp "$cp" \
    org.bellwether.bench.DuckDbReadCsv "$csv" "$data/baseline.duckdb" "$1"
}
for i in $(seq "$runs"); do
  rm -f "$data/bench.duckdb" "$data/bench.duckdb.wal"
  first+=("$(seconds "$root/bin/bellwether" --db "$data/bench.duckdb" import bars "$csv")")
  again+=("$(seconds "$root/bin/bellwether" --db "$data/bench.duckdb" import bars "$csv")")
  peer+=("$(peer fastest)")
  plain+=("$(peer default)")
  printf '%-4s %-14s %-14s %-22s %s\n' "$i" "${first[-1]} s" "${again[-1]} s" "${peer[-1]} s" "${plain[-1]} s"
done
m_first=$(median "${first[@]}"); m_again=$(median "${again[@]}"); m_peer=$(median "${peer[@]}")
m_plain=$(median "${plain[@]}")
awk -v f="$m_first" -v a="$m_again" -v p="$m_peer" -v d="$m_plain" -v r="$rows" 'BEGIN {
  printf "median: first import %.2f s (%.0f rows/s), again %.2f s, read_csv %.2f s (fastest), %.2f s (default)\n",
    f, r / f, a, p, d
  printf "import over read_csv at its fastest: %.2f (first), %.2f (again); over default read_csv: %.2f, %.2f\n",
    f / p, a / p, f / d, a / d }'
