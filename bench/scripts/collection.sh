#!/usr/bin/env bash
# Data-collection import benchmark (issue 4): learner records end to end into PostgreSQL, from CSV and
# from xlsx, into the scale-1 demo city, with the JVM's heap capped at 512 MB; PostgreSQL's own COPY of
# the same CSV rows in the same run as the reference, and its INSERT of those rows, already resolved, into the
# registry's tables as the least an import's writing can cost.
# Every run starts from the scale-1 demo city as loaded (the data directory is made afresh), so that runs compare.
# Usage: bench/scripts/collection.sh [DATA_DIR] [ROWS]   (DATA_DIR, target/bench-collection by default, is
# deleted and loaded again; ROWS 1,000,000)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DIR="${1:-$ROOT/target/bench-collection}"; ROWS="${2:-1000000}"
cd "$ROOT"
./edubrain help >/dev/null
./mvnw -q -B -pl bench -am package -DskipTests >/dev/null
CP="bench/target/edubrain-benchmarks.jar"
W="$DIR/collection-bench"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
[ ! -e "$DIR" ] || [ -d "$DIR/pg" ] || { echo "not an EduBrain data directory, not deleted: $DIR"; exit 1; }
rm -rf "$DIR"; mkdir -p "$W"
./edubrain demo load --scale 1 --data-dir "$DIR" >/dev/null 2>&1
./edubrain export institutions --format csv --out "$W/institutions.csv" --data-dir "$DIR" 2>/dev/null
RUN=0; mkdir -p "$W/run-$RUN"
SEQ=$ROWS
java -cp "$CP" org.edubrain.bench.LearnerFiles "$W/institutions.csv" "$ROWS" "$W/learners.csv" "$SEQ"
java -cp "$CP" org.edubrain.bench.LearnerFiles "$W/institutions.csv" "$ROWS" "$W/learners.xlsx" $(( SEQ + ROWS ))
import() { # FILE LABEL
  local log="$W/run-$RUN/$2.log"
  EDUBRAIN_JAVA_OPTS="-Xmx512m -Xlog:gc:file=$W/run-$RUN/$2-gc.log" /usr/bin/time -f "whole command %e s, max RSS %M KB" \
    ./edubrain import learners "$1" --data-dir "$DIR" > "$log" 2>&1
  local phases; phases=$(grep -o 'read+copy.*' "$log" || true)
  local secs; secs=$(grep -o 'submission [0-9]*, [0-9.]* s' "$log" | awk '{print $3}')
  local heap; heap=$(grep -oE '[0-9]+M->[0-9]+M' "$W/run-$RUN/$2-gc.log" | tr -d 'M' | tr '>' ' ' | awk -F'-' '{print $1}' | sort -n | tail -1)
  echo "$2: $(grep -o '已导入.*' "$log")"
  echo "    import (file → committed) $secs s = $(awk "BEGIN {printf \"%\047.0f\", $ROWS / $secs}") rows/s; phases: $phases"
  echo "    $(tail -1 "$log"); heap -Xmx512m, largest heap before a collection ${heap:-?} MB"
}
echo "== the references, on a copy of the city as loaded: PostgreSQL's own COPY of the CSV's rows (text columns,"
echo "   no index), and its INSERT of the same rows, resolved beforehand, into the registry's three tables (rolled back)"
REF="$DIR-reference"; rm -rf "$REF"; mkdir -p "$REF"; cp -a "$DIR/pg" "$REF/"
./edubrain serve --data-dir "$REF" --port 18081 > "$W/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for i in $(seq 1 120); do curl -s -o /dev/null http://localhost:18081/ && break; sleep 1; done
PORT=$(sed -n 4p "$REF/pg/postmaster.pid" | tr -d ' ')
java -cp "$CP" org.edubrain.bench.CopyReference "jdbc:postgresql://localhost:$PORT/edubrain" "$W/learners.csv"
java -cp "$CP" org.edubrain.bench.CopyReference "jdbc:postgresql://localhost:$PORT/edubrain" "$W/learners.csv"
java -cp "$CP" org.edubrain.bench.InsertReference "jdbc:postgresql://localhost:$PORT/edubrain" "$W/learners.csv"
kill $SERVER; wait $SERVER || true
rm -rf "$REF"
echo "== $ROWS new learners from CSV ($(du -h "$W/learners.csv" | cut -f1))"
import "$W/learners.csv" csv
echo "== $ROWS new learners from xlsx ($(du -h "$W/learners.xlsx" | cut -f1))"
import "$W/learners.xlsx" xlsx
echo "== the CSV again (every row unchanged)"
import "$W/learners.csv" csv-again
echo "== the xlsx reader's StAX parser (Aalto) against the JDK's, over the same sheet"
java -cp "$CP" org.edubrain.bench.SheetParsing "$W/learners.xlsx"
