#!/usr/bin/env bash
# End-to-end benchmark: generate the demo city and load it into a fresh embedded PostgreSQL,
# RUNS times (default 3), each on an empty data directory, with the same executable a user runs.
# Usage: bench/scripts/demo-city-load.sh [SCALE] [RUNS]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SCALE="${1:-1}"; RUNS="${2:-3}"
cd "$ROOT"
./edubrain help >/dev/null   # builds the executable first, outside the timings
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
for run in $(seq 1 "$RUNS"); do
  DIR="$(mktemp -d)"
  start=$(date +%s.%N)
  ./edubrain demo load --scale "$SCALE" --data-dir "$DIR" > "$DIR/load.log" 2>&1
  end=$(date +%s.%N)
  loaded=$(grep -o 'Loaded the demo city at scale [0-9.]* in [0-9.]* s' "$DIR/load.log" | grep -o '[0-9.]* s$')
  validated=$(grep -o 'Validated [0-9]* foreign keys in [0-9]* ms' "$DIR/load.log" || true)
  printf 'run %d: scale %s, generated and committed in %s; %s; whole command %.1f s\n' "$run" "$SCALE" "$loaded" \
    "$validated" "$(awk "BEGIN {print $end - $start}")"
  rm -rf "$DIR"
done
