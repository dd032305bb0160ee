#!/usr/bin/env bash
# Lucene (org.fazhi.search, the application's own index code) versus PostgreSQL ILIKE on N synthetic
# normative documents. Needs root for the local PostgreSQL 15 cluster: it is started if it is down,
# a throwaway role and database are created, and everything is dropped (and the cluster stopped
# again if this script started it) when the run ends. Not part of ./mvnw verify.
#
#   bench/search-vs-ilike.sh                    # 100,000 documents
#   DOCS=5000 bench/search-vs-ilike.sh --ilike-runs=5 --lucene-runs=50
#
# Other options go to org.fazhi.bench.SearchVsIlike: --seed=42 --lucene-runs=200 --ilike-runs=11
set -euo pipefail
cd "$(dirname "$0")/.."
DOCS="${DOCS:-100000}"
DB="fazhi_bench_$$"
ROLE="fazhi_bench_$$"
PASSWORD="bench-$$-$RANDOM$RANDOM"
HEAP="${HEAP:-3g}"

./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null

started=0
if ! pg_lsclusters -h | awk '$1 == 15 && $2 == "main" { print $4 }' | grep -q online; then
  pg_ctlcluster 15 main start
  started=1
fi
cleanup() {
  su postgres -c "dropdb --if-exists $DB" || true
  su postgres -c "psql -q -c 'drop role if exists $ROLE'" || true
  if [ "$started" = 1 ]; then pg_ctlcluster 15 main stop || true; fi
}
trap cleanup EXIT
su postgres -c "psql -q -c \"create role $ROLE login password '$PASSWORD'\""
su postgres -c "createdb -O $ROLE $DB"

java -Xmx"$HEAP" -Dfile.encoding=UTF-8 \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.fazhi.bench.SearchVsIlike --docs="$DOCS" --jdbc="jdbc:postgresql://127.0.0.1:5432/$DB" \
  --user="$ROLE" --password="$PASSWORD" "$@"
