#!/usr/bin/env bash
# Enforcement case import (issue 10): N generated cases through the application's own background
# import (CSV streamed to the API, every row checked, stored in batches; its job's phase and percent
# sampled every second while it runs) against COPY of the same rows into the same table, in the same
# run, ROUNDS times; the importing JVM runs with -Xmx256m and a GC log, whose largest heap occupancy
# before a collection is the peak heap reported. Needs root for the local PostgreSQL 15 cluster: it is
# started if it is down, a throwaway role and database are created, and everything is dropped (and the
# cluster stopped again if this script started it) when the run ends. Not part of ./mvnw verify.
# A million cases are a CSV of about 240 MB: the import's endpoints take bodies up to the import's own
# limit (fazhi.enforcement.import.max-size, 1 GB) while every other body keeps the 4 MB guard, so the
# application runs with its default settings.
#
#   bench/case-import.sh                      # 1,000,000 cases, 2 rounds
#   ROWS=20000 ROUNDS=1 bench/case-import.sh  # a quick look
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${ROWS:-1000000}"
ROUNDS="${ROUNDS:-2}"
HEAP="${HEAP:-256m}"
jar=target/fazhi-0.1.0-SNAPSHOT.jar
tag="fazhi_bench_import_$$"
password="bench-$$-$RANDOM$RANDOM"
demo_password='Demo-Passw0rd-2026'
work=$(mktemp -d)
mkdir -p target/bench
out=target/bench/case-import-$ROWS.md

[ -f "$jar" ] || ./mvnw -B -ntp -q -DskipTests package
./mvnw -B -ntp -q test-compile
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
# the run uses its own copies, so that a build in this checkout meanwhile does not change them
cp "$jar" "$work/fazhi.jar"
cp -r target/classes "$work/classes"
cp -r target/test-classes "$work/test-classes"
jar="$work/fazhi.jar"

started=0
if ! pg_lsclusters -h | awk '$1 == 15 && $2 == "main" { print $4 }' | grep -q online; then
  pg_ctlcluster 15 main start
  started=1
fi
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  su postgres -c "psql -q -c \"select pg_terminate_backend(pid) from pg_stat_activity where datname = '$tag'\"" \
    >/dev/null || true
  su postgres -c "dropdb --if-exists $tag" || true
  su postgres -c "psql -q -c 'drop role if exists $tag'" || true
  rm -rf "$work"
  if [ "$started" = 1 ]; then pg_ctlcluster 15 main stop || true; fi
}
trap cleanup EXIT
su postgres -c "psql -q -c \"create role $tag login password '$password'\""
su postgres -c "createdb -O $tag $tag"

port=$(( 20000 + RANDOM % 20000 ))
FAZHI_DATA_DIR="$work/data" FAZHI_ADMIN_PASSWORD='Bench-Passw0rd-2026!' FAZHI_DEMO_PASSWORD="$demo_password" \
  java -Xmx"$HEAP" -Xlog:gc:file="$work/gc.log":uptime,tags -jar "$jar" --server.port=$port \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$tag" --spring.datasource.username="$tag" \
  --spring.datasource.password="$password" --fazhi.security.second-factor.required-for=none \
  > "$work/app.log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; do
  sleep 0.5
  kill -0 "$pid" 2>/dev/null || { tail -40 "$work/app.log"; exit 1; }
done
gc_start=$(wc -l < "$work/gc.log")

java -Xmx1g -Dfile.encoding=UTF-8 -cp "$work/test-classes:$work/classes:$(cat target/bench-classpath.txt)" \
  org.fazhi.bench.CaseBench import --rows="$ROWS" --rounds="$ROUNDS" --work="$work" \
  --jdbc="jdbc:postgresql://127.0.0.1:5432/$tag" --user="$tag" --password="$password" \
  --base="http://127.0.0.1:$port" --login=zhifa1 --login-password="$demo_password" "$@" | tee "$out"

# the peak heap: the largest occupancy before a collection, over the import rounds (G1's log lines
# read "Pause Young (Normal) (G1 Evacuation Pause) 180M->40M(256M) 12.3ms")
peak=$(tail -n +"$gc_start" "$work/gc.log" | grep -o '[0-9]*M->[0-9]*M([0-9]*M)' \
  | sed 's/M->.*//' | sort -n | tail -1)
max=$(tail -n +"$gc_start" "$work/gc.log" | grep -o '[0-9]*M->[0-9]*M([0-9]*M)' | sed 's/.*(\([0-9]*\)M)/\1/' \
  | sort -n | tail -1)
collections=$(tail -n +"$gc_start" "$work/gc.log" | grep -c 'Pause' || true)
echo "RESULT heap: -Xmx$HEAP; peak heap in use (before a collection) during the rounds: ${peak:-?} MB of a" \
  "committed ${max:-?} MB; $collections collections" | tee -a "$out"
echo "uptime at the end: $(uptime)" | tee -a "$out"
echo "Written to $out"
