#!/usr/bin/env bash
# The intraday comparison of docs/performance.md: 200 symbols x 60 sessions of 1-minute bars (4.6 M bars), per symbol
# and session the 1-minute returns, their 30-bar rolling mean and standard deviation and the 30-bar channel breakouts
# (defined in org.bellwether.bench.IntradayWorkload), computed by
#   - Bellwether: org.bellwether.bench.IntradayWorkload, reading the store through MarketData, kernels on both cores;
#   - DuckDB window SQL: bench/compare/intraday_duckdb.sql on the same store file (org.bellwether.bench.IntradayDuckDb);
#   - pandas: bench/compare/intraday_pandas.py (Debian's python3-pandas), vectorised, from a pickled DataFrame;
# each as a whole process, RUNS times; Bellwether and DuckDB alternate run by run so that the machine's drift hits
# both alike, pandas runs after them. Then it checks that the three results agree row by row
# (bench/compare/same_intraday.py) and that the Java kernels equal a plain recomputation (IntradayWorkloadCheck), and
# prints the medians.
# Untimed setup, once (bench-data/, not committed): the seeded CSV (LongCsvGenerator, seed 42), its import into
# bench-data/intraday.duckdb by `bellwether import bars`, and the pickle pandas reads (ts parsed, all columns).
# Needs: a build (mvn -q package -DskipTests), /usr/bin/python3 with pandas (apt install python3-pandas).
# Usage: bench/intraday-speed.sh [RUNS=3]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$root/bin/lib/jdk.sh"
runs=${1:-3}
data="$root/bench-data"; mkdir -p "$data"
csv="$data/intraday-200x60.csv"; store="$data/intraday.duckdb"; pickle="$data/intraday.pkl"
jar="$root/bench/target/bellwether-bench-0.1.0-SNAPSHOT.jar"
[ -f "$jar" ] || { echo "build first: mvn -q package -DskipTests" >&2; exit 1; }
source "$root/bin/lib/duckdb-native.sh"   # both JVMs load DuckDB's native library as bin/bellwether does
bellwether_duckdb_native "$jar" "$root/bench/target/lib"
# the options bin/bellwether gives query commands, for both JVMs
java=("$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
  "${native_options[@]}" -cp "$classpath")

if [ ! -f "$csv" ]; then
  "$JAVA_HOME/bin/java" -cp "$classpath" org.bellwether.bench.LongCsvGenerator "$csv.tmp" 200 60 42 1m
  mv "$csv.tmp" "$csv"
fi
if [ ! -f "$store" ]; then
  rm -f "$store.tmp" "$store.tmp.wal"
  "$root/bin/bellwether" --db "$store.tmp" import bars "$csv"
  mv "$store.tmp" "$store"
fi
if [ ! -f "$pickle" ]; then
  /usr/bin/python3 -c "import pandas, sys; pandas.read_csv(sys.argv[1], parse_dates=['ts']).to_pickle(sys.argv[2])" \
    "$csv" "$pickle.tmp"
  mv "$pickle.tmp" "$pickle"
fi
echo "$(nproc) cores; $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1);" \
  "pandas $(/usr/bin/python3 -c 'import pandas; print(pandas.__version__)')"

bellwether=(); duckdb=(); pandas=()
# timed ARRAY LABEL COMMAND...: runs the command (stdout to bench-data/intraday-ARRAY.log), prints its wall time and
# appends it to ARRAY
timed() {
  local -n into=$1; local log="$data/intraday-$1.log" label=$2; shift 2
  local start end
  start=$(date +%s.%N); "$@" >"$log"; end=$(date +%s.%N)
  into+=("$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }')")
  printf '%-44s %s s\n' "$label" "${into[-1]}"
}
median() {
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

for i in $(seq "$runs"); do
  timed bellwether "bellwether (IntradayWorkload)" \
    "${java[@]}" org.bellwether.bench.IntradayWorkload "$store" "$data/intraday-bellwether.csv"
  timed duckdb "duckdb window SQL (IntradayDuckDb)" "${java[@]}" org.bellwether.bench.IntradayDuckDb \
    "$root/bench/compare/intraday_duckdb.sql" "$store" "$data/intraday-duckdb.csv"
done
for i in $(seq "$runs"); do
  timed pandas "pandas" /usr/bin/python3 "$root/bench/compare/intraday_pandas.py" "$pickle" "$data/intraday-pandas.csv"
done

/usr/bin/python3 "$root/bench/compare/same_intraday.py" "$data/intraday-bellwether.csv" "$data/intraday-duckdb.csv" \
  "$data/intraday-pandas.csv"
"${java[@]}" org.bellwether.bench.IntradayWorkloadCheck "$store"

echo "in-process, last run:"; sed 's/^/  /' "$data/intraday-bellwether.log" "$data/intraday-duckdb.log"
b=$(median "${bellwether[@]}"); d=$(median "${duckdb[@]}"); p=$(median "${pandas[@]}")
ratios=()
for i in "${!bellwether[@]}"; do
  ratios+=("$(awk -v d="${duckdb[$i]}" -v b="${bellwether[$i]}" 'BEGIN { print d / b }')")
done
echo "medians of $runs whole-process runs:"
printf '  %-36s %5.2f s\n' "bellwether" "$b"
awk -v b="$b" -v d="$d" -v r="$(median "${ratios[@]}")" 'BEGIN {
  printf "  %-36s %5.2f s  (%.2fx Bellwether; median of the pairwise ratios %.2fx)\n", "duckdb window SQL", d, d / b, r }'
awk -v b="$b" -v p="$p" 'BEGIN { printf "  %-36s %5.2f s  (%.2fx Bellwether)\n", "pandas", p, p / b }'
