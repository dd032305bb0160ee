#!/usr/bin/env bash
# Enforcement at scale (issue 10): CASES generated cases (default 5,000,000) loaded with COPY into the
# enforcement_case table of a fresh PostgreSQL database under the running application (demo county,
# its agencies), then, in the same run and against the same server, wrk on loopback on:
#   trivial        GET /actuator/health/liveness (no database, no JSON body of note)
#   certificate    GET /api/v1/public/enforcement/certificates?number=<a certificate> (public look-up)
#   case-list      GET /api/v1/enforcement/cases (an enforcement officer's first page, personal token)
#   case-list-year GET /api/v1/enforcement/cases?year=<last year>&status=CLOSED
#   case-list-p50  GET /api/v1/enforcement/cases?page=50 (offset paging, 50 pages down)
# ROUNDS times (default 2), each endpoint after a warm-up; then EXPLAIN (ANALYZE, BUFFERS) of the
# statements behind them. Needs root for the local PostgreSQL 15 cluster (started if down; the role and
# database are dropped at the end, the cluster stopped again if this script started it), wrk, curl,
# python3. Not part of ./mvnw verify. Prints a Markdown table and writes target/bench/case-api.md.
#
#   bench/case-api.sh
#   CASES=200000 DURATION=10s bench/case-api.sh     # a quick look
set -euo pipefail
cd "$(dirname "$0")/.."
CASES="${CASES:-5000000}"
ROUNDS="${ROUNDS:-2}"
DURATION="${DURATION:-20s}"
CONNECTIONS="${CONNECTIONS:-16}"
jar=target/fazhi-0.1.0-SNAPSHOT.jar
tag="fazhi_bench_api_$$"
password="bench-$$-$RANDOM$RANDOM"
demo_password='Demo-Passw0rd-2026'
work=$(mktemp -d)
mkdir -p target/bench
out=target/bench/case-api.md
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

[ -f "$jar" ] || ./mvnw -B -ntp -q -DskipTests package
./mvnw -B -ntp -q test-compile
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null

started=0
if ! pg_lsclusters -h | awk '$1 == 15 && $2 == "main" { print $4 }' | grep -q online; then
  pg_ctlcluster 15 main start
  started=1
fi
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  su postgres -c "dropdb --if-exists $tag" || true
  su postgres -c "psql -q -c 'drop role if exists $tag'" || true
  rm -rf "$work"
  if [ "$started" = 1 ]; then pg_ctlcluster 15 main stop || true; fi
}
trap cleanup EXIT
su postgres -c "psql -q -c \"create role $tag login password '$password'\""
su postgres -c "createdb -O $tag $tag"
sql() { PGPASSWORD=$password psql -qAtX -h 127.0.0.1 -U "$tag" -d "$tag" -v ON_ERROR_STOP=1 -c "$1"; }

port=$(( 20000 + RANDOM % 20000 ))
FAZHI_DATA_DIR="$work/data" FAZHI_ADMIN_PASSWORD='Bench-Passw0rd-2026!' FAZHI_DEMO_PASSWORD="$demo_password" \
  java -Xmx1g -jar "$jar" --server.port=$port \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$tag" --spring.datasource.username="$tag" \
  --spring.datasource.password="$password" --fazhi.security.second-factor.required-for=none \
  --fazhi.enforcement.portal.lookups-per-address=1000000000 > "$work/app.log" 2>&1 &
pid=$!
base="http://127.0.0.1:$port"
until curl -sf -o /dev/null "$base/actuator/health/readiness"; do
  sleep 0.5
  kill -0 "$pid" 2>/dev/null || { tail -40 "$work/app.log"; exit 1; }
done

agencies=$(sql "select string_agg(u.code, ',' order by u.code) from enforcement_agency a join unit u on u.id = a.unit_id")
java -Xmx1g -Dfile.encoding=UTF-8 -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.fazhi.bench.CaseBench load --rows="$CASES" --agencies="$agencies" --years=5 \
  --jdbc="jdbc:postgresql://127.0.0.1:5432/$tag" --user="$tag" --password="$password" | tee "$work/load.txt"

certificate=$(sql "select certificate_no from enforcement_officer where certificate_no is not null order by id limit 1")
token=$(curl -s -u "zhifa1:$demo_password" -H 'Content-Type: application/json' -d '{"name":"bench","validDays":1}' \
  "$base/api/v1/account/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
year=$(( $(date +%Y) - 1 ))
zhifa_agencies=$(sql "select string_agg(a.id::text, ',') from enforcement_agency a join app_user u on u.unit_id = a.unit_id where u.username = 'zhifa1'")

measure() { # name, url, extra wrk args... -> "rps | p50 | p99 | p99/p50 | non-2xx"
  local name=$1 url=$2; shift 2
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' "$@" "$url" 2>/dev/null || true)
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP:-5s}" "$@" "$url" > /dev/null 2>&1
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url" > "$work/wrk-$name.txt" 2>&1
  python3 - "$work/wrk-$name.txt" "$code" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", t).group(1))
def lat(p):
    m = re.search(r"\s" + p + r"%\s+([\d.]+)(us|ms|s)\b", t)
    v, u = float(m.group(1)), m.group(2)
    return v / 1000 if u == "us" else v * 1000 if u == "s" else v
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", t)
print(f"{rps:.0f} | {lat('50'):.1f} | {lat('99'):.1f} | {lat('99') / lat('50'):.1f} | {non2xx.group(1) if non2xx else 0} (first: {sys.argv[2]})")
PY
}

{
  echo "Enforcement API at $(sql "select to_char(count(*), 'FM9,999,999') from enforcement_case") cases"\
    "($(sql "select pg_size_pretty(pg_total_relation_size('enforcement_case'))")), wrk -t2 -c$CONNECTIONS"\
    "-d$DURATION on loopback, $(date -u +%F), $(nproc) cores"
  grep '^COPY' "$work/load.txt"
  echo
  echo "| round | endpoint | requests/s | p50 ms | p99 ms | p99/p50 | non-2xx | vs trivial | load before |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---|"
} | tee "$out"
auth=(-H "Authorization: Bearer $token")
for round in $(seq 1 "$ROUNDS"); do
  trivial=""
  for e in trivial certificate case-list case-list-year case-list-p50; do
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    case $e in
      trivial) r=$(measure $e "$base/actuator/health/liveness") ;;
      certificate) r=$(measure $e "$base/api/v1/public/enforcement/certificates?number=$certificate") ;;
      case-list) r=$(measure $e "$base/api/v1/enforcement/cases" "${auth[@]}") ;;
      case-list-year) r=$(measure $e "$base/api/v1/enforcement/cases?year=$year&status=CLOSED" "${auth[@]}") ;;
      case-list-p50) r=$(measure $e "$base/api/v1/enforcement/cases?page=50" "${auth[@]}") ;;
    esac
    rps=${r%% |*}
    [ "$e" = trivial ] && trivial=$rps
    ratio=$(python3 -c "print(f'{$rps / $trivial * 100:.0f} %')")
    echo "| $round | $e | $r | $ratio | $load |" | tee -a "$out"
  done
done

explain() { # title, statement
  { echo; echo "$1:"; echo; echo '```'; sql "explain (analyze, buffers) $2"; echo '```'; } | tee -a "$out"
}
explain "Certificate look-up (OfficerStore.byCertificate)" \
  "select * from enforcement_officer where certificate_no = '$certificate'"
explain "Case list, first page (CaseStore.list: the officer's agencies, newest opened first, one row more than the page)" \
  "select * from enforcement_case where agency_id in ($zhifa_agencies) order by opened_on desc, id desc limit 21 offset 0"
explain "Case list, closed cases of one year" \
  "select * from enforcement_case where agency_id in ($zhifa_agencies) and status = 'CLOSED' and opened_on between '$year-01-01' and '$year-12-31' order by opened_on desc, id desc limit 21 offset 0"
explain "Case list, page 50" \
  "select * from enforcement_case where agency_id in ($zhifa_agencies) order by opened_on desc, id desc limit 21 offset 1000"
echo "Written to $out"
