#!/usr/bin/env bash
# Value-added (student growth percentile) benchmarks (issue 6):
#  1. `./edubrain valueadded sgp` on the shared long sample with the DEMO knots (Run B's size: 26
#     coefficient matrices of 2,300–5,700 students, 100 quantiles), whole command three times;
#  2. Run A's 9 matrices in one JVM, five times (the first includes the JIT's warm-up);
#  3. one cohort of 10,000 … 1,000,000 students (SIZES);
#  4. the reference computation in R (shared/scripts/sgp_peer.R, quantreg rq.fit "br") on the same
#     long sample, when Rscript with quantreg and data.table is installed.
# Usage: bench/scripts/valueadded.sh [SIZES…]   (10000 30000 100000 300000 1000000)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SGP="$(cd "$ROOT/../shared/data/sgp" && pwd)"; W="$ROOT/target/bench-valueadded"
SIZES=("${@:-10000 30000 100000 300000 1000000}")
cd "$ROOT"
./edubrain help >/dev/null
./mvnw -q -B -pl bench -am package -DskipTests >/dev/null
CP="bench/target/edubrain-benchmarks.jar"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
rm -rf "$W"; mkdir -p "$W"
echo "== 1. the command on sgpData_LONG_3yr.csv (2024_2025, DEMO knots, school medians)"
for run in 1 2 3; do
  /usr/bin/time -f "run $run: whole command %e s, max RSS %M KB" ./edubrain valueadded sgp --in "$SGP/sgpData_LONG_3yr.csv" \
    --year 2024_2025 --knots "$SGP/SGPstateData_DEMO_knots_boundaries.csv" --out "$W/sgp.csv" --schools "$W/schools.csv" \
    2>&1 >/dev/null | grep -E "^run|computed in" | sed -E 's/.*(read in [0-9,]+ ms, computed in [0-9,]+ ms).*/  \1/'
done
echo "== 2. Run A (9 matrices) in one JVM"
java -XX:TieredStopAtLevel=1 -cp "$CP" org.edubrain.bench.SgpBenchmark runA "$SGP" 5   # as ./edubrain runs valueadded
echo "== 3. one cohort, growing"
for n in ${SIZES[@]}; do java -Xmx8g -cp "$CP" org.edubrain.bench.SgpBenchmark scaling "$n"; done
if command -v Rscript >/dev/null && Rscript -e 'library(quantreg); library(data.table)' >/dev/null 2>&1; then
  echo "== 4. reference: R $(Rscript -e 'cat(R.version$major, R.version$minor, sep=".")'), quantreg $(Rscript -e 'cat(as.character(packageVersion("quantreg")))')"
  Rscript "$ROOT/../shared/scripts/sgp_peer.R" "$SGP/sgpData_LONG_3yr.csv" "$SGP/SGPstateData_DEMO_knots_boundaries.csv" 2024_2025 \
    "$W/peer.csv" "$W/peer_schools.csv"
  cmp -s <(tail -n +2 "$W/peer.csv" | sort) <(tail -n +2 "$W/sgp.csv" | sort) && echo "same results: every row of the command's output equals the reference's" \
    || echo "results differ from the reference"
else
  echo "== 4. reference: Rscript with quantreg and data.table not installed (apt-get install r-base-core r-cran-quantreg r-cran-data.table)"
fi
