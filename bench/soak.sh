#!/usr/bin/env bash
# The soak (issue 8): the jar on a fresh PostgreSQL database with the demo county, then
# org.fazhi.bench.Soak runs USERS (200) simulated users for DURATION seconds (600): portal readers, commenters
# and staff working a document through the procedure. Zero errors and zero lost writes (every
# acknowledged comment found afterwards) are required; p50/p99 per request type are reported. The
# heap is sampled every minute as the live data after a full collection (jcmd GC.run, then
# GC.heap_info) and once more when the users stop: the first sample after the warm-up against the last
# (flat: no growth beyond noise). Writes target/bench/soak.md.
# Usage: bench/soak.sh   (USERS=200 DURATION=600 WARMUP=60 HEAP=1g JAR=... NO_BUILD=1)
# Run it when the machine is otherwise idle: the load average is printed with the figures.
# Needs root (su postgres, pg_ctlcluster), curl, openssl, jcmd; PostgreSQL 15's local cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${JAR:-target/fazhi-0.1.0-SNAPSHOT.jar}
users=${USERS:-200}; seconds=${DURATION:-600}; warmup=${WARMUP:-60}
[ -f "$jar" ] || ./mvnw -B -ntp -q -DskipTests package
if [ -z "${NO_BUILD:-}" ] || [ ! -f target/bench-classpath.txt ]; then   # NO_BUILD=1: the test classes are current
  ./mvnw -B -ntp -q test-compile
  ./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
fi
mkdir -p target/bench
out=target/bench/soak.md
demo_password='Demo-Passw0rd-2026'
tag="fazhi_soak_$(date +%s)_$RANDOM"
pgpass=$(openssl rand -hex 12)
work=$(mktemp -d)
pid=
sampler=
started=0
if ! pg_lsclusters -h | awk '$1 == 15 && $2 == "main" { print $4 }' | grep -q online; then
  pg_ctlcluster 15 main start
  started=1
fi
cleanup() {
  [ -n "$sampler" ] && kill "$sampler" 2>/dev/null || true
  [ -n "$pid" ] && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
  su postgres -c "dropdb --if-exists $tag" || true
  su postgres -c "psql -q -c 'drop role if exists $tag'" || true
  if [ "$started" = 1 ]; then pg_ctlcluster 15 main stop || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
su postgres -c "psql -q -c \"create role $tag login password '$pgpass'\""
su postgres -c "createdb -O $tag $tag"
port=$(( 20000 + RANDOM % 20000 ))
FAZHI_DATA_DIR="$work" FAZHI_ADMIN_PASSWORD='Soak-Passw0rd-2026!' FAZHI_DEMO_PASSWORD="$demo_password" \
  java -Xmx"${HEAP:-1g}" -jar "$jar" --server.port=$port --fazhi.security.second-factor.required-for=none \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$tag" --spring.datasource.username="$tag" \
  --spring.datasource.password="$pgpass" --fazhi.participation.portal.comments-per-address=100000000 \
  --fazhi.participation.portal.lookups-per-address=100000000 \
  > "$work/app.log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; do
  sleep 0.5
  kill -0 "$pid" 2>/dev/null || { tail -40 "$work/app.log"; exit 1; }
done
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
users_start=$(date +%s)
( while kill -0 "$pid" 2>/dev/null; do
    sleep 60
    jcmd "$pid" GC.run > /dev/null 2>&1 || break
    used=$(jcmd "$pid" GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 | tr -dc '0-9')
    echo "$(date +%s) $used $(cut -d' ' -f1 /proc/loadavg)" >> "$work/heap"
  done ) &
sampler=$!
status=0
java -Xmx768m -Dfile.encoding=UTF-8 -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.fazhi.bench.Soak --base="http://127.0.0.1:$port" --password="$demo_password" --users="$users" \
  --seconds="$seconds" --warmup="$warmup" --out="$out" || status=$?
kill "$sampler" 2>/dev/null || true
# one last sample at the end of the users
jcmd "$pid" GC.run > /dev/null 2>&1 && echo "$(date +%s) $(jcmd "$pid" GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' \
  | head -1 | tr -dc '0-9') $(cut -d' ' -f1 /proc/loadavg)" >> "$work/heap" || true
{
  echo
  echo "Load average before the run: $load_before; at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "Live heap after a full collection, sampled each minute from the start of the users (MiB, load average then):"
  awk -v t0="$users_start" \
    '{ printf "%s+%ds %.0f MiB (load %s)", (NR > 1 ? "; " : ""), $1 - t0, $2 / 1024, $3 } END { print "" }' "$work/heap" 2>/dev/null
  echo
  # flat after the warm-up: the first sample after it against the last one (at the end of the users)
  awk -v t0="$users_start" -v w="$warmup" '$1 - t0 >= w { if (!f) { f = $2; ft = $1 - t0 } l = $2; lt = $1 - t0 }
    END { if (f) printf "Heap after the warm-up (+%ds): %.0f MiB; at the end (+%ds): %.0f MiB; change %+.0f MiB (%+.1f %%).\n",
      ft, f / 1024, lt, l / 1024, (l - f) / 1024, 100 * (l - f) / f }' "$work/heap"
  echo
  echo "ERROR lines in the application log: $(grep -c ' ERROR ' "$work/app.log" || true)"
} | tee -a "$out"
grep ' ERROR ' "$work/app.log" | head -10 || true
exit $status
