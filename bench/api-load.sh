#!/usr/bin/env bash
# Every API endpoint at saturation on the demo store, with wrk (Debian's package) on the same two cores as the server:
#   bench/api-load.sh [SECONDS per endpoint, default 10] [CONNECTIONS, default 16]
# Builds the demo store in a scratch folder, serves it with bin/bellwether serve, runs wrk on each endpoint (the same
# request over and over: heavy answers come from the cache after the first), then on the note and the screen with a
# new date each request (nothing cached: the bounds answer 429 when the server is full), and prints a Markdown table.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-10} connections=${2:-16}
command -v wrk >/dev/null || { echo "bench/api-load.sh: install wrk (apt-get install wrk)" >&2; exit 2; }
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
cd "$work"
"$root/bin/bellwether" demo >/dev/null
port=$((20000 + RANDOM % 20000))
"$root/bin/bellwether" serve --port "$port" >"$work/serve.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port/api/v1"
for _ in $(seq 1 120); do curl -sf "$base/health" >/dev/null && break; sleep 0.5; done
export BELLWETHER_LOAD="$root/bench/load"
export BELLWETHER_STORY="$root/report/src/main/resources/org/bellwether/report/small-cap-fever.txt"
curl -sf "$base/sessions?from=2025-06-02&to=2026-01-22" | python3 -c 'import json,sys
print("\n".join(d["date"] for d in json.load(sys.stdin)["days"] if d["session"]))' >"$work/dates"
export BELLWETHER_DATES="$work/dates"

endpoints=(
  "instruments" "instruments/RUT" "facts" "rules" "universe?as_of=2026-01-22" "facts/streak?symbol=RUT&as_of=2026-01-22"
  "gaps?as_of=2026-01-22" "bars/RUT?from=2025-07-01&to=2026-01-22" "bars/RUT?from=2026-01-21&to=2026-01-21&interval=1m"
  "perf?symbols=RUT,SPX,NDX&period=mtd&as_of=2026-01-22" "records/RUT?year=2026&as_of=2026-01-22"
  "moves/RUT?from=2026-01-02&to=2026-01-22&k=2" "stats/KRX?vs=RUT&from=2025-01-02&to=2025-12-31"
  "corr?a=KRX&b=RUT&from=2025-01-02&to=2025-12-31" "corr?a=KRX&b=RUT&from=2026-01-16&to=2026-01-23&intraday=true"
  "rolling?a=KRX&b=RUT&from=2025-06-02&to=2026-01-22&window=63"
  "correlations?symbols=RUT,SPX,NDX,KRX&sectors=RUT&from=2025-01-02&to=2025-12-31"
  "levels/RUT?as_of=2026-01-20&intraday=true" "breakouts/RUT?from=2026-01-21&to=2026-01-21&intraday=true"
  "breadth/RUT?as_of=2026-01-22" "concentration/SPX?as_of=2026-01-22&top=10" "sectors/RUT?from=2025-12-31&to=2026-01-22"
  "screen?vs=SPX&as_of=2026-01-22" "zombies/RUT?as_of=2026-01-22&vs=SPX" "rates?as_of=2026-01-22"
  "sensitivity/RUT?series=DGS2&from=2025-01-02&to=2025-12-31" "calendar?from=2026-01-01&to=2026-01-31&as_of=2026-01-22"
  "whatif/RUT?as_of=2026-01-22&rates_bp=100&tariffs=Materials:25" "sessions?from=2026-01-01&to=2026-12-31"
  "catalysts/RUT?from=2026-01-02&to=2026-01-23&top=3" "notes?as_of=2026-01-22&universe=RUT,SPX"
  "notes?as_of=2026-01-22&universe=RUT,SPX&format=html" "alerts?limit=50" "health" "openapi.json"
)
event=$(curl -sf "$base/calendar?from=2026-01-01&to=2026-01-31&as_of=2026-01-22" | python3 -c 'import json,sys
print(json.load(sys.stdin)["events"][3]["id"])')
endpoints+=("event-study?event=$event&symbols=RUT,KRX&vs=SPX")

# one wrk run: prints "| label | requests/s | p50 | p99 | errors |", the errors by status (statuses.lua counts the
# answers) and socket errors apart; a run without a script of its own gets statuses.lua alone
measure() {
  local label=$1; shift
  local out
  [[ " $* " == *" -s "* ]] || set -- -s "$root/bench/load/statuses.lua" "$@"
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --timeout 30s --latency "$@" 2>&1)
  local rps p50 p99 errors socket
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/^statuses:/ {for (i = 2; i <= NF; i++) {split($i, kv, "="); if (kv[1] !~ /^2/) {
    sum += kv[2]; list = list (list ? ", " : "") kv[1] ": " kv[2]}}} END {print sum ? sum " (" list ")" : 0}' <<<"$out")
  socket=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' <<<"$out")
  [ "${socket:-0}" -gt 0 ] && errors+=", ${socket} socket errors"
  printf '| %s | %s | %s | %s | %s |\n' "$label" "${rps:-0}" "${p50:--}" "${p99:--}" "$errors"
}

echo "wrk -t2 -c$connections -d${seconds}s per endpoint, server and client on the same $(nproc) cores"
echo
echo "| endpoint | requests/s | p50 | p99 | errors |"
echo "|---|---|---|---|---|"
for endpoint in "${endpoints[@]}"; do
  curl -s -o /dev/null "$base/$endpoint" # the first answer of a heavy endpoint is computed, the rest cached
  label="GET /${endpoint%%\?*}"
  for variant in interval=1m intraday=true format=html; do [[ $endpoint == *$variant* ]] && label+=" ($variant)"; done
  measure "$label" "$base/$endpoint"
done
curl -s -o /dev/null -X POST --data-binary "@$BELLWETHER_STORY" "$base/checks?as_of=2026-01-22"
measure "POST /checks (the reference story)" -s "$root/bench/load/post-check.lua" "$base/checks?as_of=2026-01-22"
measure "POST /alerts/tickets" -s "$root/bench/load/post-ticket.lua" "$base/alerts/tickets"
measure "GET / (the dashboard)" "http://127.0.0.1:$port/"
echo
echo "Nothing cached, a new date each request:"
echo
echo "| endpoint | requests/s | p50 | p99 | errors |"
echo "|---|---|---|---|---|"
BELLWETHER_PATH="/api/v1/notes?universe=RUT,SPX" measure "GET /notes, a new date each" \
  -s "$root/bench/load/rotate-dates.lua" "http://127.0.0.1:$port"
BELLWETHER_PATH="/api/v1/screen?vs=SPX" measure "GET /screen, a new date each" \
  -s "$root/bench/load/rotate-dates.lua" "http://127.0.0.1:$port"
