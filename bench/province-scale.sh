#!/usr/bin/env bash
# Province scale (issues 13 and 10): a throwaway PostgreSQL 15 database migrated by the application
# (demo city, demo county and its records), then ProvinceBench build: COUNTIES counties (the demo county
# and COUNTIES-1 copies of its unit tree and of every record of its modules, REPLICAS times per county
# where the records are not unique per unit), a province leader, CASES generated enforcement cases by
# STREAMS parallel COPY streams (secondary indexes built after the load), ANALYZE. Then, in the same run
# and against the same server, ROUNDS times:
#   (a) the active indicator system's scorecard of one county-year through the application
#       (GET /api/v1/indicators/scorecard, the county leader's token) against the hand-written SQL of the
#       figures it covers (ProvinceFigures; the figures are compared and must be equal);
#   (b) the same for the whole province (the province leader) against one county;
#   (c) the leader's dashboard page (/console/indicators) under wrk -c10 with ten signed-in leaders' cookies;
#   (d) wrk on loopback on the trivial endpoint, the public certificate look-up and the case list API.
# Then EXPLAIN (ANALYZE, BUFFERS) of the statements behind (d). Needs root (su postgres; the cluster is
# started if down and stopped again only if this script started it), wrk, curl, python3. The role and
# database are dropped at the end unless KEEP=1 (then kept with the application's data directory, whose
# keys its records need); REUSE_DB=<a kept database> uses it instead of a new one (its role has the
# database's name), and BUILT=1 measures it again without building it (after a change). Not part of
# ./mvnw verify. Writes target/bench/province-scale.md.
#
#   bench/province-scale.sh
#   COUNTIES=5 CASES=100000 REPLICAS=1 DURATION=5s bench/province-scale.sh    # a quick look
set -euo pipefail
cd "$(dirname "$0")/.."
COUNTIES="${COUNTIES:-100}"
REPLICAS="${REPLICAS:-16}"
CASES="${CASES:-5000000}"
STREAMS="${STREAMS:-3}"
ROUNDS="${ROUNDS:-2}"
DURATION="${DURATION:-20s}"
CONNECTIONS="${CONNECTIONS:-16}"
YEAR="${YEAR:-$(date +%Y)}"
jar=target/fazhi-0.1.0-SNAPSHOT.jar
tag="fazhi_bench_province_$$"
password="bench-$$-$RANDOM$RANDOM"
demo_password='Demo-Passw0rd-2026'
work=$(mktemp -d)
data=""
mkdir -p target/bench
out=target/bench/province-scale.md
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

[ -f "$jar" ] || ./mvnw -B -ntp -q -DskipTests package
[ -f target/test-classes/org/fazhi/bench/ProvinceBench.class ] || ./mvnw -B -ntp -q test-compile
[ -f target/bench-classpath.txt ] || ./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

started=0
if ! pg_lsclusters -h | awk '$1 == 15 && $2 == "main" { print $4 }' | grep -q online; then
  pg_ctlcluster 15 main start
  started=1
fi
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  if [ "${KEEP:-0}" != 1 ]; then
    su postgres -c "dropdb --if-exists $tag" || true
    su postgres -c "psql -q -c 'drop role if exists $tag'" || true
  else
    echo "kept: database and role $tag, the application's data directory (keys) $data: REUSE_DB=$tag BUILT=1"
  fi
  if [ "${KEEP:-0}" != 1 ] && [ -n "$data" ]; then rm -rf "$data"; fi
  rm -rf "$work"
  if [ "$started" = 1 ] && [ "${KEEP:-0}" != 1 ]; then pg_ctlcluster 15 main stop || true; fi
}
trap cleanup EXIT
# the application's data directory holds the keys of the audit chain and of the encrypted columns: kept
# with the database (KEEP=1) under target/bench, so that a later run can reuse both
if [ -n "${REUSE_DB:-}" ]; then data="target/bench/$REUSE_DB-data"; else data="target/bench/$tag-data"; fi
if [ -n "${REUSE_DB:-}" ]; then
  # a database built by an earlier run kept with KEEP=1: measured again (after a change), not built again
  tag=$REUSE_DB
  su postgres -c "psql -q -c \"alter role $tag password '$password'\""
else
  su postgres -c "psql -q -c \"create role $tag login password '$password'\""
  su postgres -c "createdb -O $tag $tag"
fi
sql() { PGPASSWORD=$password psql -qAtX -h 127.0.0.1 -U "$tag" -d "$tag" -v ON_ERROR_STOP=1 -c "$1"; }
jdbc=(--jdbc="jdbc:postgresql://127.0.0.1:5432/$tag" --user="$tag" --password="$password")

port=$(( 20000 + RANDOM % 20000 ))
FAZHI_DATA_DIR="$data" FAZHI_ADMIN_PASSWORD='Bench-Passw0rd-2026!' FAZHI_DEMO_PASSWORD="$demo_password" \
  java -Xmx2g -jar "$jar" --server.port=$port \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$tag" --spring.datasource.username="$tag" \
  --spring.datasource.password="$password" --fazhi.security.second-factor.required-for=none \
  --fazhi.enforcement.portal.lookups-per-address=1000000000 > "$work/app.log" 2>&1 &
pid=$!
base="http://127.0.0.1:$port"
t=$(date +%s)
until curl -sf -o /dev/null "$base/actuator/health/readiness"; do
  sleep 1
  kill -0 "$pid" 2>/dev/null || { tail -40 "$work/app.log"; exit 1; }
done
# the demo data is loaded after the port answers: wait until its last records are there
until [ "$(sql "select count(*) from app_user where username = 'lingdao'")" = 1 ] && grep -q 'Started FazhiApplication' "$work/app.log"; do sleep 2; done
sleep 20
echo "application up (schema and demo data) in $(( $(date +%s) - t )) s, load $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$work/build.txt"

if [ "${BUILT:-0}" != 1 ]; then
  java -Xmx1g -Dfile.encoding=UTF-8 -cp "$cp" org.fazhi.bench.ProvinceBench build --counties="$COUNTIES" \
    --replicas="$REPLICAS" --cases="$CASES" --streams="$STREAMS" "${jdbc[@]}" | tee -a "$work/build.txt"
else
  echo "database $tag reused as built before" | tee -a "$work/build.txt"
fi

county=$(sql "select id from unit where code = 'SFX'")
province=$(sql "select parent_id from unit where code = 'SFX'")
token() { curl -s -u "$1:$demo_password" -H 'Content-Type: application/json' -d '{"name":"bench","validDays":1}' \
  "$base/api/v1/account/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'; }
county_token=$(token lingdao)
province_token=$(token shengling)

# (a), (b): the scorecard through the application (median of RUNS requests) and the hand-written SQL
scorecard() { # token unit -> ms (median of 3, after one warm-up); the last answer in $work/card-<unit>.json
  local tok=$1 unit=$2 times=()
  curl -s -o /dev/null -H "Authorization: Bearer $tok" "$base/api/v1/indicators/scorecard?unit=$unit&year=$YEAR"
  for i in 1 2 3; do
    times+=("$(curl -s -m 1800 -o "$work/card-$unit.json" -w '%{time_total}' -H "Authorization: Bearer $tok" \
      "$base/api/v1/indicators/scorecard?unit=$unit&year=$YEAR")")
  done
  python3 -c "import sys; t=sorted(float(x) for x in sys.argv[1:]); print(f'{t[1]*1000:.0f}')" "${times[@]}"
}
figures() { # unit -> "ms" and the figures in $work/sql-<unit>.txt
  java -Xmx512m -cp "$cp" org.fazhi.bench.ProvinceBench figures --unit="$1" --year="$YEAR" --runs=3 "${jdbc[@]}" \
    > "$work/sql-$1.txt"
  awk '/^sql-ms/ { print $2 }' "$work/sql-$1.txt"
}
compare() { # unit -> "equal" or the differences
  python3 - "$work/card-$1.json" "$work/sql-$1.txt" <<'PY'
import json, sys
card = json.load(open(sys.argv[1]))
app = {}
for area in card["areas"]:
    for l in area["lines"]:
        m = l["indicator"].get("metricId")
        if m and l.get("hasSource"):
            app[m] = (l.get("numerator"), l.get("denominator"))
diff, n = [], 0
for line in open(sys.argv[2]):
    if line.startswith("figure "):
        _, m, num, den = line.split()
        n += 1
        if app.get(m) != (int(num), int(den)):
            diff.append(f"{m}: application {app.get(m)}, SQL ({num}, {den})")
print(f"{n} of {len(app)} figures compared: " + ("equal" if not diff else "DIFFERENT " + "; ".join(diff)))
PY
}

# (c): ten signed-in leaders' session cookies, handed round by a wrk Lua script
cookie_jar() { # user -> the SESSION cookie after the form sign-in
  local jar="$work/jar-$1-$RANDOM"
  local csrf
  csrf=$(curl -s -c "$jar" -b "$jar" "$base/login" | python3 -c 'import re,sys; t=sys.stdin.read(); m=re.search(r"name=\"_csrf\"[^>]*?value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*?name=\"_csrf\"", t); print(m.group(1) or m.group(2))')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode "password=$demo_password" \
    --data-urlencode "_csrf=$csrf" "$base/login"
  awk '$6 ~ /SESSION|JSESSIONID/ { print $6 "=" $7 }' "$jar" | tail -1
}
{
  echo "cookies = {"
  for i in $(seq 1 10); do echo "  \"$(cookie_jar lingdao)\","; done
  echo "}"
  cat <<'LUA'
local n = 0
setup = function(thread) end
request = function()
  n = n + 1
  return wrk.format("GET", nil, { ["Cookie"] = cookies[(n % #cookies) + 1] })
end
LUA
} > "$work/leaders.lua"

measure() { # name, url, extra wrk args... -> "rps | p50 | p99 | p99/p50 | non-2xx"
  local name=$1 url=$2; shift 2
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' "$@" "$url" 2>/dev/null || true)
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP:-5s}" "$@" "$url" > /dev/null 2>&1
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url" > "$work/wrk-$name.txt" 2>&1
  summary "$work/wrk-$name.txt" "$code"
}
summary() {
  python3 - "$1" "$2" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", t).group(1))
done = re.search(r"(\d+) requests in", t)
if not done or int(done.group(1)) == 0:
    print(f"no answer within the run | - | - | - | - (first: {sys.argv[2]})")
    sys.exit(0)
def lat(p):
    m = re.search(r"\s" + p + r"%\s+([\d.]+)(us|ms|s)\b", t)
    v, u = float(m.group(1)), m.group(2)
    return v / 1000 if u == "us" else v * 1000 if u == "s" else v
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", t)
print(f"{rps:.1f} | {lat('50'):.1f} | {lat('99'):.1f} | {lat('99') / lat('50'):.1f} | {non2xx.group(1) if non2xx else 0} (first: {sys.argv[2]})")
PY
}

certificate=$(sql "select certificate_no from enforcement_officer where certificate_no is not null order by id limit 1")
case_token=$(token zhifa1)
zhifa_agencies=$(sql "select string_agg(a.id::text, ',') from enforcement_agency a join app_user u on u.unit_id = a.unit_id where u.username = 'zhifa1'")
auth=(-H "Authorization: Bearer $case_token")

{
  echo "Province scale, $(date -u +%F), $(nproc) cores: $(sql "select count(*) from unit") units,"\
    "$(sql "select to_char(count(*), 'FM9,999,999') from enforcement_case") enforcement cases,"\
    "$(sql "select to_char(sum(n_live_tup), 'FM9,999,999') from pg_stat_user_tables where relname <> 'enforcement_case'") other rows,"\
    "database $(sql "select pg_size_pretty(pg_database_size(current_database()))"); year $YEAR"
  echo
  sed 's/^/    /' "$work/build.txt"
  echo
  echo "| round | what | figure | baseline | ratio | target | load before |"
  echo "|---|---|---:|---:|---:|---|---|"
} | tee "$out"
for round in $(seq 1 "$ROUNDS"); do
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  app_county=$(scorecard "$county_token" "$county")
  sql_county=$(figures "$county")
  app_province=$(scorecard "$province_token" "$province")
  sql_province=$(figures "$province")
  ratio() { python3 -c "print(f'{$1 / max($2, 0.001):.2f}×')"; }
  echo "| $round | (a) county scorecard, application ms vs SQL ms | $app_county | $sql_county | $(ratio "$app_county" "$sql_county") | ≤ 1.5× | $load |" | tee -a "$out"
  echo "| $round | (a) figures, county | $(compare "$county") | | | equal | |" | tee -a "$out"
  echo "| $round | (a) province scorecard, application ms vs SQL ms | $app_province | $sql_province | $(ratio "$app_province" "$sql_province") | | |" | tee -a "$out"
  echo "| $round | (a) figures, province | $(compare "$province") | | | equal | |" | tee -a "$out"
  echo "| $round | (b) province vs county, application ms | $app_province | $app_county | $(ratio "$app_province" "$app_county") | ≤ 20× | |" | tee -a "$out"
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $(sed -n 2p "$work/leaders.lua" | tr -d ' ",')" "$base/console/indicators")
  wrk -t2 -c10 -d"${DASHBOARD_DURATION:-120s}" --timeout 600s --latency -s "$work/leaders.lua" "$base/console/indicators" > "$work/wrk-dashboard.txt" 2>&1
  echo "| $round | (c) dashboard, 10 leaders: req/s \| p50 ms \| p99 ms \| p99/p50 \| non-2xx | $(summary "$work/wrk-dashboard.txt" "$code") | | | | $load |" | tee -a "$out"
  trivial=""
  for e in trivial certificate case-list case-list-year case-list-p50; do
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    case $e in
      trivial) r=$(measure $e "$base/actuator/health/liveness") ;;
      certificate) r=$(measure $e "$base/api/v1/public/enforcement/certificates?number=$certificate") ;;
      case-list) r=$(measure $e "$base/api/v1/enforcement/cases" "${auth[@]}") ;;
      case-list-year) r=$(measure $e "$base/api/v1/enforcement/cases?year=$(( YEAR - 1 ))&status=CLOSED" "${auth[@]}") ;;
      case-list-p50) r=$(measure $e "$base/api/v1/enforcement/cases?page=50" "${auth[@]}") ;;
    esac
    rps=${r%% |*}
    [ "$e" = trivial ] && trivial=$rps
    echo "| $round | (d) $e: req/s \| p50 ms \| p99 ms \| p99/p50 \| non-2xx | $r | $trivial | $(python3 -c "print(f'{$rps / $trivial * 100:.0f} %')") | ≥ 25 %, p99 ≤ 5× p50 | $load |" | tee -a "$out"
  done
done

explain() { # title, statement
  { echo; echo "$1:"; echo; echo '```'; sql "explain (analyze, buffers) $2"; echo '```'; } | tee -a "$out"
}
explain "Certificate look-up (OfficerStore.byCertificate)" \
  "select * from enforcement_officer where certificate_no = '$certificate'"
explain "Case list, first page (the officer's agency, newest opened first, one row more than the page)" \
  "select * from enforcement_case where agency_id in ($zhifa_agencies) order by opened_on desc, id desc limit 21 offset 0"
explain "Case list, closed cases of one year" \
  "select * from enforcement_case where agency_id in ($zhifa_agencies) and status = 'CLOSED' and opened_on between '$(( YEAR - 1 ))-01-01' and '$(( YEAR - 1 ))-12-31' order by opened_on desc, id desc limit 21 offset 0"
explain "Case list, page 50" \
  "select * from enforcement_case where agency_id in ($zhifa_agencies) order by opened_on desc, id desc limit 21 offset 1000"
echo "Written to $out"
