#!/usr/bin/env bash
# Fuzzing driven by the OpenAPI document (issue 8): the jar on a fresh PostgreSQL database with the
# demo county, then org.fazhi.bench.OpenApiFuzz sends generated bad requests for every operation of
# /v3/api-docs, at least PER_FAMILY (10,000) per module family, as a demo account allowed to call
# each one, and compares every table's row count before and after each family (nothing stored).
# A 5xx is a bug: the list is in the report. Writes target/bench/openapi-fuzz.md.
# The accounts send their password with each call (HTTP Basic), and each such call derives the
# password's PBKDF2-HMAC-SM3 hash: at the production count (100,000 iterations, 0.3-0.8 s of CPU here)
# the fuzz would measure the hashing, so this server hashes with the smallest count allowed (1,000).
# Usage: bench/openapi-fuzz.sh   (PER_FAMILY=10000 SEED=8 THREADS=6 ONLY=normdocs,review JAR=...)
# Needs root (su postgres, pg_ctlcluster), curl, openssl; PostgreSQL 15's local cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${JAR:-target/fazhi-0.1.0-SNAPSHOT.jar}
[ -f "$jar" ] || ./mvnw -B -ntp -q -DskipTests package
./mvnw -B -ntp -q test-compile
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
mkdir -p target/bench
demo_password='Demo-Passw0rd-2026'
tag="fazhi_fuzz_$(date +%s)_$RANDOM"
pgpass=$(openssl rand -hex 12)
work=$(mktemp -d)
pid=
started=0
if ! pg_lsclusters -h | awk '$1 == 15 && $2 == "main" { print $4 }' | grep -q online; then
  pg_ctlcluster 15 main start
  started=1
fi
cleanup() {
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
url="jdbc:postgresql://127.0.0.1:5432/$tag"
FAZHI_DATA_DIR="$work" FAZHI_ADMIN_PASSWORD='Fuzz-Passw0rd-2026!' FAZHI_DEMO_PASSWORD="$demo_password" \
  java -Xmx1g -jar "$jar" --server.port=$port --fazhi.security.second-factor.required-for=none \
  --spring.datasource.url="$url" --spring.datasource.username="$tag" --spring.datasource.password="$pgpass" \
  --fazhi.security.ip-rate-limit.max-failures-per-minute=100000000 \
  --fazhi.security.password.pbkdf2-iterations=1000 > "$work/app.log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; do
  sleep 0.5
  kill -0 "$pid" 2>/dev/null || { tail -40 "$work/app.log"; exit 1; }
done
# the OpenAPI document is generated at its first request, which can take minutes on a loaded machine
curl -s --max-time 900 -o /dev/null "http://127.0.0.1:$port/v3/api-docs"
status=0
java -Xmx512m -Dfile.encoding=UTF-8 -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.fazhi.bench.OpenApiFuzz --base="http://127.0.0.1:$port" --password="$demo_password" \
  --per-family="${PER_FAMILY:-10000}" --seed="${SEED:-8}" --threads="${THREADS:-6}" --only="${ONLY:-}" \
  --jdbc="$url" --db-user="$tag" --db-password="$pgpass" --out=target/bench/openapi-fuzz.md || status=$?
echo "load: $(cut -d' ' -f1-3 /proc/loadavg); ERROR lines in the application log: $(grep -c ' ERROR ' "$work/app.log" || true)"
grep ' ERROR ' "$work/app.log" | head -20 || true
exit $status
