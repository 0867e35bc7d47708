# Sourced by the bench scripts. timed LABEL COMMAND...: runs the command (stdout discarded) and prints its wall time.
timed() {
  local label=$1; shift
  local start end
  start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N)
  awk -v l="$label" -v s="$start" -v e="$end" 'BEGIN { printf "%-44s %.2f s\n", l, e - s }'
}
