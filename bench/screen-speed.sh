#!/usr/bin/env bash
# The screen comparison of docs/performance.md: `bellwether screen --all` against pandas (Debian's python3-pandas)
# and DuckDB window SQL, on the store bench/import-speed.sh fills (3,000 symbols x 2,520 sessions), RUNS times each,
# whole process; then checks that the three results agree row by row.
# Needs: a build (mvn -q package -DskipTests), bench/import-speed.sh run once, /usr/bin/python3 with pandas
# (apt install python3-pandas). pandas reads a pickled DataFrame made once, untimed, from the generated CSV: its
# fastest local format (Debian's pandas has no Parquet engine). Usage: bench/screen-speed.sh [RUNS=3] [AS_OF=2025-12-31] [VS=SYM0000]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$root/bin/lib/jdk.sh"
runs=${1:-3}; as_of=${2:-2025-12-31}; vs=${3:-SYM0000}
data="$root/bench-data"; store="$data/bench.duckdb"; pickle="$data/daily.pkl"
source "$root/bin/lib/duckdb-native.sh"   # the baselines load DuckDB's native library as bin/bellwether does
bellwether_duckdb_native "$root/bench/target/bellwether-bench-0.1.0-SNAPSHOT.jar" "$root/bench/target/lib"
cp="$classpath"
[ -f "$store" ] || { echo "run bench/import-speed.sh first" >&2; exit 1; }
[ -f "$pickle" ] || /usr/bin/python3 -c "import pandas, sys; pandas.read_csv(sys.argv[1]).to_pickle(sys.argv[2])" \
  "$data/long-3000x2520.csv" "$pickle"
source "$root/bench/lib/timed.sh"
# Bellwether and DuckDB alternate, so that the machine's drift hits both alike; pandas runs apart (it takes seconds)
for i in $(seq "$runs"); do
  timed "bellwether screen --all" sh -c "'$root/bin/bellwether' --db '$store' screen --all --vs $vs --as-of $as_of --json > '$data/screen-bellwether.json'"
  timed "duckdb window SQL" "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -XX:TieredStopAtLevel=1 \
    -XX:+UseSerialGC "${native_options[@]}" -cp "$cp" \
    org.bellwether.bench.DuckDbScreen "$root/bench/compare/screen_duckdb.sql" "$store" "$vs" "$as_of" "$data/screen-duckdb.csv"
done
for i in $(seq "$runs"); do
  timed "pandas" /usr/bin/python3 "$root/bench/compare/screen_pandas.py" "$pickle" "$vs" "$as_of" "$data/screen-pandas.json"
done
/usr/bin/python3 "$root/bench/compare/same_screen.py" "$data/screen-bellwether.json" "$data/screen-pandas.json"
/usr/bin/python3 "$root/bench/compare/same_screen.py" "$data/screen-bellwether.json" "$data/screen-duckdb.csv"
