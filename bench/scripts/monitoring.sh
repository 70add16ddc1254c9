#!/usr/bin/env bash
# Plan-monitoring benchmarks on the scale-1 demo city, in one run:
#  1. full recompute of all facts and indicator values (./edubrain compute), RUNS times;
#  2. the heavy derivation statements on PostgreSQL and on DuckDB over the same data (the ratio);
#  3. the indicator API under 50 concurrent clients (p50/p95/p99), after 30 s of warm-up load by 8 clients (reported too).
# Usage: bench/scripts/monitoring.sh [DATA_DIR] [RUNS]   (DATA_DIR is created and loaded if empty)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DIR="${1:-$ROOT/target/bench-city}"; RUNS="${2:-3}"
cd "$ROOT"
./edubrain help >/dev/null
./mvnw -q -B -pl bench -am package -DskipTests >/dev/null
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
./edubrain demo load --scale 1 --data-dir "$DIR" >/dev/null 2>&1
echo "== full recompute (facts and indicator values)"
for run in $(seq 1 "$RUNS"); do
  start=$(date +%s.%N)
  out=$(./edubrain compute --data-dir "$DIR" 2>/dev/null)
  end=$(date +%s.%N)
  echo "run $run: $out; whole command $(awk "BEGIN {printf \"%.1f\", $end - $start}") s"
done
echo "== the same derivation statements on PostgreSQL and DuckDB"
PORT=0
./edubrain serve --data-dir "$DIR" --port 18080 > "$DIR/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for i in $(seq 1 120); do curl -s -o /dev/null http://localhost:18080/ && break; sleep 1; done
PORT=$(sed -n 4p "$DIR/pg/postmaster.pid" | tr -d ' ')
CP="bench/target/edubrain-benchmarks.jar"
java -cp "$CP" org.edubrain.bench.DerivationComparison "jdbc:postgresql://localhost:$PORT/edubrain" \
  app/src/main/resources/monitoring 2
echo "== indicator API, 50 concurrent clients"
echo "bench-password-1" | ./edubrain user add bench-analyst --role analyst --scope 210200 --data-dir "$DIR" >/dev/null 2>&1 || true
TOKEN=$(./edubrain user token bench-analyst --label "API load benchmark" --days 1 --data-dir "$DIR" 2>/dev/null)
java -cp "$CP" org.edubrain.bench.ApiLoad http://localhost:18080 "$TOKEN" 50 30
# for comparison: HTTP Basic checks the password hash (bcrypt) on every request
java -Dwarmup=5 -cp "$CP" org.edubrain.bench.ApiLoad http://localhost:18080 bench-analyst bench-password-1 50 10
