#!/usr/bin/env bash
# Two instances on one PostgreSQL, no proxy in front (issue 8, "proven under faults and load"):
#   1. the jar starts twice (A, then B once A has migrated and loaded the demo county) on one fresh
#      PostgreSQL database, each with its own data folder (search index) and the same keys (audit
#      chain, personal-data fields: keys live outside the database, every instance needs them);
#   2. sessions: sign in on A through the console form, the same cookie works on B; sign out on B,
#      the cookie replayed on A signs in no one (org.fazhi.bench.TwoInstances);
#   3. search: a document published through A (catalog import) is searched on B's public catalog
#      every 100 ms until found: time until found, 5 times (target: within 5 s);
#   4. scheduled jobs: every daily job's cron is set to every minute on both instances for WINDOW
#      (default 3 min); ShedLock's own log lines count the runs ("Locked") and the refused triggers
#      ("Not executing") per job and instance. Each daily job holds its lock at least 5 minutes, so
#      in a 3-minute window each must run once in all; the session clean-up (every minute, held
#      20 s) once per minute in all.
# Prints a Markdown report and writes it to target/bench/two-instances.md.
# Usage: bench/two-instances.sh            (WINDOW=180 seconds of job counting; JAR=... to reuse a jar)
# Needs root (su postgres, pg_ctlcluster), curl, python3, openssl; PostgreSQL 15's local cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${JAR:-target/fazhi-0.1.0-SNAPSHOT.jar}
window=${WINDOW:-180}
[ -f "$jar" ] || ./mvnw -B -ntp -q -DskipTests package
./mvnw -B -ntp -q test-compile
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
mkdir -p target/bench
out=target/bench/two-instances.md
demo_password='Demo-Passw0rd-2026'
tag="fazhi_two_$(date +%s)_$RANDOM"
pgpass=$(openssl rand -hex 12)
work=$(mktemp -d)
pids=()
started=0
if ! pg_lsclusters -h | awk '$1 == 15 && $2 == "main" { print $4 }' | grep -q online; then
  pg_ctlcluster 15 main start
  started=1
fi
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  su postgres -c "dropdb --if-exists $tag" || true
  su postgres -c "psql -q -c 'drop role if exists $tag'" || true
  if [ "$started" = 1 ]; then pg_ctlcluster 15 main stop || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
su postgres -c "psql -q -c \"create role $tag login password '$pgpass'\""
su postgres -c "createdb -O $tag $tag"

# one set of keys for both instances (outside the database, as in production)
export FAZHI_AUDIT_KEY=$(openssl rand -hex 32)
export FAZHI_FIELD_KEYS="index=$(openssl rand -hex 16);1=$(openssl rand -hex 16);active=1"
every_minute="0 * * * * *"
jobs=(--fazhi.deadlines.scan-cron="$every_minute" --fazhi.audit.verify-cron="$every_minute"
  --fazhi.audit.purge-cron="$every_minute" --fazhi.crypto.rotation-cron="$every_minute"
  --fazhi.security.inactive-account-cron="$every_minute" --fazhi.normdocs.daily-cron="$every_minute"
  --fazhi.decisions.daily-cron="$every_minute" --fazhi.lists.daily-cron="$every_minute"
  --fazhi.enforcement.daily-cron="$every_minute" --fazhi.search.change-purge-cron="$every_minute")

start_app() { # name -> port_<name>, pid
  local name=$1 port
  port=$(( 20000 + RANDOM % 20000 ))
  mkdir -p "$work/$name"
  FAZHI_DATA_DIR="$work/$name" FAZHI_ADMIN_PASSWORD='Two-Passw0rd-2026!' FAZHI_DEMO_PASSWORD="$demo_password" \
    java -Xmx768m -jar "$jar" --server.port=$port --fazhi.security.second-factor.required-for=none \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$tag" --spring.datasource.username="$tag" \
    --spring.datasource.password="$pgpass" --logging.level.net.javacrumbs.shedlock.core=DEBUG \
    "${jobs[@]}" > "$work/$name.log" 2>&1 &
  pids+=("$!")
  local t0; t0=$(date +%s.%N)
  until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; do
    sleep 0.5
    kill -0 "$!" 2>/dev/null || { tail -40 "$work/$name.log"; exit 1; }
  done
  printf -v "port_$name" '%s' "$port"
  echo "instance $name on port $port, ready after $(python3 -c "print(f'{$(date +%s.%N) - $t0:.0f}')") s" >&2
}

start_app a
start_app b
window_start=$(date +%s)
report=()
report+=("| step | result | |")
report+=("|---|---|---|")
while IFS= read -r line; do report+=("$line"); done < <(java -Dfile.encoding=UTF-8 \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.fazhi.bench.TwoInstances \
  --a="http://127.0.0.1:$port_a" --b="http://127.0.0.1:$port_b" --password="$demo_password" || echo "| drill client | exited non-zero | FAILED |")
left=$(( window - ($(date +%s) - window_start) ))
[ "$left" -gt 0 ] && sleep "$left"

jobs_table=("| job (lock) | runs on A | runs on B | runs in all | triggers refused (A + B) |" "|---|---:|---:|---:|---:|")
names=$(grep -ho "Locked '[^']*'\|Not executing '[^']*'" "$work/a.log" "$work/b.log" | sed "s/.*'\(.*\)'/\1/" | sort -u)
for n in $names; do
  ra=$(grep -c "Locked '$n'" "$work/a.log" || true); rb=$(grep -c "Locked '$n'" "$work/b.log" || true)
  sa=$(grep -c "Not executing '$n'" "$work/a.log" || true); sb=$(grep -c "Not executing '$n'" "$work/b.log" || true)
  jobs_table+=("| $n | $ra | $rb | $((ra + rb)) | $((sa + sb)) |")
done
# the same trigger (job and minute) run on both instances: must never happen
both=$( { grep -ho "^[0-9T:-]*:[0-9][0-9].*Locked '[^']*'" "$work/a.log" | sed -E "s/^([0-9T-]*[0-9]{2}:[0-9]{2}).*Locked '([^']*)'.*/\2 \1/" | sort -u | sed 's/$/ a/'
          grep -ho "^[0-9T:-]*:[0-9][0-9].*Locked '[^']*'" "$work/b.log" | sed -E "s/^([0-9T-]*[0-9]{2}:[0-9]{2}).*Locked '([^']*)'.*/\2 \1/" | sort -u | sed 's/$/ b/'; } \
        | awk '{ k = $1 " " $2; seen[k] = seen[k] $3 } END { n = 0; for (k in seen) if (seen[k] ~ /a/ && seen[k] ~ /b/) n++; print n }')
errors=$(grep -c " ERROR " "$work/a.log" "$work/b.log" | paste -sd' ' || true)
{
  echo "Two instances on one PostgreSQL 15 database ($(date -u +%Y-%m-%dT%H:%MZ), load $(cut -d' ' -f1-3 /proc/loadavg)):"
  echo
  printf '%s\n' "${report[@]}"
  echo
  echo "Scheduled jobs over $window s, every daily job's cron at every minute on both instances:"
  echo
  printf '%s\n' "${jobs_table[@]}"
  echo
  echo "Triggers (job and minute) run on both instances: $both."
  echo
  echo "ERROR lines in the logs: $errors"
} | tee "$out"
