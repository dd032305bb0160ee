#!/usr/bin/env bash
# Throughput, latency, start-up and idle memory of Fazhi's public side against Spring PetClinic and a
# bare Spring Boot endpoint (bench/bare-boot), in one run, one application at a time, each alone.
#
# Usage: bench/public-speed.sh            (from the repository root)
# Environment:
#   PETCLINIC_SRC  where spring-petclinic is (or is cloned to); default ../bench-src/spring-petclinic,
#                  outside this repository. Its code is never copied here.
#   DURATION       seconds of each measured wrk run (default 20); WARMUP seconds before it (default 10)
#   PORT           first port to use (default 28080)
#   UNCACHED=1     also measure Fazhi's public pages with the page cache switched off
# Needs: JDK 17, curl, wrk (apt-get install -y wrk), git (only to clone PetClinic when missing).
# Prints a Markdown report and writes it to target/bench/public-speed.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PETCLINIC_SRC=${PETCLINIC_SRC:-$ROOT/../bench-src/spring-petclinic}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-10}
PORT=${PORT:-28080}
OUT=$ROOT/target/bench
mkdir -p "$OUT"
REPORT=$OUT/public-speed.md
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }

echo "== building"
./mvnw -B -ntp -q -DskipTests package -Dspotbugs.skip=true -Dcyclonedx.skip=true
FAZHI_JAR=$(ls "$ROOT"/target/fazhi-*.jar | grep -v original | head -1)
(cd bench/bare-boot && "$ROOT"/mvnw -B -ntp -q -DskipTests package)
BARE_JAR=$ROOT/bench/bare-boot/target/bare-1.jar
if [ ! -d "$PETCLINIC_SRC" ]; then
  git clone -q https://github.com/spring-projects/spring-petclinic "$PETCLINIC_SRC" \
    || { echo "PetClinic not found at $PETCLINIC_SRC and it cannot be cloned: set PETCLINIC_SRC"; exit 1; }
fi
(cd "$PETCLINIC_SRC" && ./mvnw -B -ntp -q -DskipTests -Dcheckstyle.skip -Dspring-javaformat.skip=true package)
PETCLINIC_JAR=$(ls "$PETCLINIC_SRC"/target/spring-petclinic-*.jar | grep -v original | head -1)

PID=
stop() { if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then kill "$PID"; wait "$PID" 2>/dev/null || true; fi; PID=; }
trap stop EXIT

# start <port> <log> <java args...>: starts (PID), waits until the port answers; STARTED_MS is the time taken
start() {
  local port=$1 log=$2; shift 2
  local t0; t0=$(date +%s%N)
  java "$@" > "$log" 2>&1 &
  PID=$!
  until curl -s -o /dev/null "http://127.0.0.1:$port/"; do
    sleep 0.05
    kill -0 "$PID" 2>/dev/null || { tail -30 "$log"; echo "did not start"; exit 1; }
  done
  STARTED_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
}

idle_rss() { sleep 20; IDLE_RSS=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$PID/status"); }

# ms <wrk latency>: 512.00us / 12.34ms / 1.20s -> milliseconds
ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }

declare -A RPS P50 P99
# load <name> <url>: warm-up, then a measured run; records requests/s, p50 and p99 (ms)
load() {
  local name=$1 url=$2 out
  wrk -t2 -c64 -d"${WARMUP}"s "$url" > /dev/null
  out=$(wrk -t2 -c64 -d"${DURATION}"s --latency "$url")
  if echo "$out" | grep -q "Non-2xx"; then echo "$out"; echo "non-2xx answers from $url"; exit 1; fi
  RPS[$name]=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  P50[$name]=$(ms "$(echo "$out" | awk '$1 == "50%" {print $2}')")
  P99[$name]=$(ms "$(echo "$out" | awk '$1 == "99%" {print $2}')")
  printf '%-28s %10s req/s  p50 %8s ms  p99 %8s ms\n' "$name" "${RPS[$name]}" "${P50[$name]}" "${P99[$name]}"
}

echo "== bare Boot endpoint"
P=$((PORT)); start $P "$OUT/bare.log" -jar "$BARE_JAR" --server.port=$P; BARE_START=$STARTED_MS
idle_rss; BARE_RSS=$IDLE_RSS
load bare "http://127.0.0.1:$P/"
stop

echo "== Spring PetClinic"
P=$((PORT + 1)); start $P "$OUT/petclinic.log" -jar "$PETCLINIC_JAR" --server.port=$P; PC_START=$STARTED_MS
idle_rss; PC_RSS=$IDLE_RSS
load petclinic-vets "http://127.0.0.1:$P/vets.html"
stop
start $P "$OUT/petclinic-2.log" -jar "$PETCLINIC_JAR" --server.port=$P; PC_RESTART=$STARTED_MS
stop

echo "== Fazhi"
P=$((PORT + 2)); DATA=$(mktemp -d)
export FAZHI_DATA_DIR="$DATA" FAZHI_ADMIN_PASSWORD='Bench-Passw0rd-2026!'
start $P "$OUT/fazhi.log" -jar "$FAZHI_JAR" --server.port=$P; FZ_START=$STARTED_MS
stop
start $P "$OUT/fazhi-2.log" -jar "$FAZHI_JAR" --server.port=$P; FZ_START_2=$STARTED_MS
idle_rss; FZ_RSS=$IDLE_RSS
DOC=$(curl -s "http://127.0.0.1:$P/documents" | grep -o 'href="/documents/[0-9]*"' | head -1 | grep -o '[0-9]*')
load documents "http://127.0.0.1:$P/documents"
load document "http://127.0.0.1:$P/documents/$DOC"
load consultations "http://127.0.0.1:$P/consultations"
load api-search "http://127.0.0.1:$P/api/v1/public/normdocs?q=%E6%95%99%E8%82%B2"
load api-deadline "http://127.0.0.1:$P/api/v1/calendar/deadline?from=2024-09-30&workingDays=5"
load api-rule "http://127.0.0.1:$P/api/v1/rules/GI-01"
stop
if [ "${UNCACHED:-}" = 1 ]; then
  start $P "$OUT/fazhi-3.log" -jar "$FAZHI_JAR" --server.port=$P --fazhi.web.public-page-cache.ttl=0s
  load documents-uncached "http://127.0.0.1:$P/documents"
  load document-uncached "http://127.0.0.1:$P/documents/$DOC"
  load consultations-uncached "http://127.0.0.1:$P/consultations"
  stop
fi
rm -rf "$DATA"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
ok() { awk -v r="$1" -v t="$2" -v dir="$3" 'BEGIN { print ((dir == "ge" ? r >= t : r <= t) ? "yes" : "NO") }'; }
{
  echo "## Public speed, $(date -u +%Y-%m-%dT%H:%MZ), wrk -t2 -c64, ${WARMUP} s warm-up + ${DURATION} s"
  echo
  echo "Machine: $(nproc) cores, load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "| endpoint | requests/s | p50 ms | p99 ms | p99/p50 | target | met |"
  echo "|---|---:|---:|---:|---:|---|---|"
  for n in documents document consultations; do
    r=$(ratio "${RPS[$n]}" "${RPS[petclinic-vets]}")
    echo "| $n | ${RPS[$n]} | ${P50[$n]} | ${P99[$n]} | $(ratio "${P99[$n]}" "${P50[$n]}") | ≥ 10× PetClinic /vets.html: ${r}× | $(ok "$r" 10 ge) |"
  done
  for n in api-search api-deadline api-rule; do
    r=$(ratio "${RPS[$n]}" "${RPS[bare]}")
    echo "| $n | ${RPS[$n]} | ${P50[$n]} | ${P99[$n]} | $(ratio "${P99[$n]}" "${P50[$n]}") | ≥ 0.25 × bare: ${r} | $(ok "$r" 0.25 ge) |"
  done
  if [ "${UNCACHED:-}" = 1 ]; then
    for n in documents-uncached document-uncached consultations-uncached; do
      echo "| $n | ${RPS[$n]} | ${P50[$n]} | ${P99[$n]} | $(ratio "${P99[$n]}" "${P50[$n]}") | (page cache off) | |"
    done
  fi
  echo "| PetClinic /vets.html | ${RPS[petclinic-vets]} | ${P50[petclinic-vets]} | ${P99[petclinic-vets]} | $(ratio "${P99[petclinic-vets]}" "${P50[petclinic-vets]}") | reference | |"
  echo "| bare Boot / | ${RPS[bare]} | ${P50[bare]} | ${P99[bare]} | $(ratio "${P99[bare]}" "${P50[bare]}") | reference | |"
  echo
  echo "Every p99 ≤ 5 × p50: see the p99/p50 column."
  echo
  echo "| start-up (until the port answers) | ms | vs PetClinic |"
  echo "|---|---:|---|"
  echo "| Fazhi, first start (schema, demo data, index) | $FZ_START | $(ratio "$FZ_START" "$PC_START") |"
  echo "| Fazhi, restart | $FZ_START_2 | $(ratio "$FZ_START_2" "$PC_RESTART") |"
  echo "| PetClinic, first start / restart | $PC_START / $PC_RESTART | |"
  echo "| bare Boot | $BARE_START | |"
  echo
  echo "| idle RSS after 20 s | MiB | vs PetClinic (target ≤ 1.5) |"
  echo "|---|---:|---|"
  echo "| Fazhi | $FZ_RSS | $(ratio "$FZ_RSS" "$PC_RSS") $(ok "$(ratio "$FZ_RSS" "$PC_RSS")" 1.5 le) |"
  echo "| PetClinic | $PC_RSS | |"
  echo "| bare Boot | $BARE_RSS | |"
} | tee "$REPORT"
