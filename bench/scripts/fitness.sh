#!/usr/bin/env bash
# Physical-fitness scoring benchmarks (issue 5):
#  1. JMH: students scored per second on one core by FitnessScorer (target ≥ 5,000,000);
#  2. end to end: `./edubrain fitness score` on a 1,000,000-row CSV, JVM start included (target < 10 s).
# Usage: bench/scripts/fitness.sh [ROWS]   (ROWS 1,000,000; files in target/bench-fitness)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ROWS="${1:-1000000}"; W="$ROOT/target/bench-fitness"
cd "$ROOT"
./edubrain help >/dev/null
./mvnw -q -B -pl bench -am package -DskipTests >/dev/null
CP="bench/target/edubrain-benchmarks.jar"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
rm -rf "$W"; mkdir -p "$W"
echo "== JMH: FitnessScoringBenchmark (one thread)"
java -jar "$CP" FitnessScoringBenchmark -rf csv -rff "$W/jmh.csv" > "$W/jmh.log" 2>&1
grep -A1 "^Benchmark " "$W/jmh.log"
echo "== end to end: $ROWS rows"
java -cp "$CP" org.edubrain.bench.FitnessFiles "$W/results.csv" "$ROWS"
echo "input $(du -h "$W/results.csv" | cut -f1)"
for run in 1 2 3; do
  /usr/bin/time -f "run $run: whole command %e s, max RSS %M KB" ./edubrain fitness score --in "$W/results.csv" --out "$W/scores.csv" 2>&1 | grep -v '^edubrain:' | sed -n '1p;$p'
done
