#!/usr/bin/env bash
# Start-up time and idle resident memory.
#
# bench/startup-memory.sh --vs-petclinic [rounds]
#   Fazhi against Spring PetClinic, one application at a time, each alone, with the same JVM flags
#   (JAVA_OPTS, default none), `rounds` times (default 2), and prints the ratios the issue's targets are
#   stated in: start-up until the port answers no slower than PetClinic's (first start with the demo
#   data, and restart), idle RSS at most 1.5 × PetClinic's. Per round:
#     PetClinic  first start, idle RSS; restart (its database is in memory: the same work again);
#     Fazhi      first start on an empty data directory (schema, rules, calendar, demo year of every
#                module, search index), idle RSS; restart on that directory, idle RSS.
#   "port" is the time until `/` gives any HTTP answer; "ready" until the readiness probe answers 200
#   (Fazhi: /actuator/health/readiness, after the start-up runners - on a first start the demo data -
#   are done; PetClinic has no runners and loads its data before the port opens, so its ready = port).
#   Idle RSS is VmRSS from /proc, IDLE seconds (default 20) after ready. The load average is printed
#   before each start. Environment: FAZHI_JAR (default target/fazhi-*.jar), PETCLINIC_JAR (default the
#   jar under PETCLINIC_SRC/target, PETCLINIC_SRC default ../bench-src/spring-petclinic, outside this
#   repository; build it there with its own ./mvnw package), JAVA_OPTS, IDLE, PORT (default 29080).
#   Writes the report to target/bench/startup-memory.md as well.
#
# bench/startup-memory.sh <jar> [runs] [extra java args...]
#   One jar alone: the "Started ... in N seconds" figure Spring reports, the wall time until the port
#   answers, and VmRSS after 20 s idle. Each run gets a fresh data directory (first start: schema, demo
#   data, index) and port; with DATA_DIR=<dir> every run reuses that directory instead (a restart: run
#   once to fill it, then measure).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

if [ "${1:-}" != "--vs-petclinic" ]; then
  jar=$1; runs=${2:-3}; shift $(( $# >= 2 ? 2 : 1 )) || true
  for i in $(seq 1 "$runs"); do
    dir=${DATA_DIR:-$(mktemp -d)}; port=$(( 20000 + RANDOM % 20000 ))
    start=$(date +%s%N)
    FAZHI_DATA_DIR="$dir" FAZHI_ADMIN_PASSWORD='Bench-Passw0rd-2026!' java "$@" -jar "$jar" --server.port=$port \
      > "$dir/out.log" 2>&1 &
    pid=$!
    until curl -s -o /dev/null "http://127.0.0.1:$port/"; do
      sleep 0.05
      kill -0 $pid 2>/dev/null || { echo "died"; tail -20 "$dir/out.log"; exit 1; }
    done
    ready=$(( ($(date +%s%N) - start) / 1000000 ))
    sleep 20
    rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
    started=$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$dir/out.log" | grep -o '[0-9.]* seconds' || echo "?")
    echo "run $i: spring-reported ${started}, port answers after ${ready} ms, idle RSS $((rss / 1024)) MiB"
    kill $pid; wait $pid 2>/dev/null || true
    [ -n "${DATA_DIR:-}" ] || rm -rf "$dir"
  done
  exit 0
fi

ROUNDS=${2:-2}
IDLE=${IDLE:-20}
PORT=${PORT:-29080}
read -r -a OPTS <<< "${JAVA_OPTS:-}"
FAZHI_JAR=${FAZHI_JAR:-$(ls "$ROOT"/target/fazhi-*.jar 2>/dev/null | grep -v original | head -1 || true)}
PETCLINIC_SRC=${PETCLINIC_SRC:-$ROOT/../bench-src/spring-petclinic}
PETCLINIC_JAR=${PETCLINIC_JAR:-$(ls "$PETCLINIC_SRC"/target/spring-petclinic-*.jar 2>/dev/null | grep -v original | head -1 || true)}
[ -f "$FAZHI_JAR" ] || { echo "no Fazhi jar: ./mvnw -DskipTests package, or set FAZHI_JAR"; exit 1; }
[ -f "$PETCLINIC_JAR" ] || { echo "no PetClinic jar: build it in PETCLINIC_SRC (./mvnw package) or set PETCLINIC_JAR"; exit 1; }
OUT=$ROOT/target/bench; mkdir -p "$OUT"; REPORT=$OUT/startup-memory.md
WORK=$(mktemp -d)

PID=
stop() { if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then kill "$PID"; wait "$PID" 2>/dev/null || true; fi; PID=; }
trap 'stop; rm -rf "$WORK"' EXIT
load() { cut -d' ' -f1 /proc/loadavg; }
ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

# run <label> <ready path or -> <log> <java args...>: starts, records PORT_MS, READY_MS, RSS_MIB, LOAD_AT_START
run() {
  local label=$1 ready=$2 log=$3; shift 3
  LOAD_AT_START=$(load)
  local t0; t0=$(date +%s%N)
  java "${OPTS[@]}" "$@" > "$log" 2>&1 &
  PID=$!
  until curl -s -o /dev/null "http://127.0.0.1:$P/"; do
    sleep 0.05
    kill -0 "$PID" 2>/dev/null || { tail -30 "$log"; echo "$label did not start"; exit 1; }
  done
  PORT_MS=$(ms_since "$t0")
  if [ "$ready" != - ]; then
    until curl -sf -o /dev/null "http://127.0.0.1:$P$ready"; do
      sleep 0.05
      kill -0 "$PID" 2>/dev/null || { tail -30 "$log"; echo "$label died before ready"; exit 1; }
    done
    READY_MS=$(ms_since "$t0")
  else
    READY_MS=$PORT_MS
  fi
  sleep "$IDLE"
  RSS_MIB=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$PID/status")
  stop
  printf '%-22s port %6d ms  ready %6d ms  idle RSS %5d MiB  (load average at start %s)\n' \
    "$label" "$PORT_MS" "$READY_MS" "$RSS_MIB" "$LOAD_AT_START" >&2
}

declare -a PC1 PC2 PCR1 PCR2 FZ1P FZ1R FZ2P FZ2R FZR1 FZR2 LOADS
echo "Fazhi $FAZHI_JAR, PetClinic $PETCLINIC_JAR, JAVA_OPTS='${JAVA_OPTS:-}', $(nproc) cores" >&2
for r in $(seq 1 "$ROUNDS"); do
  P=$((PORT + 1))
  run "PetClinic first" - "$WORK/pc-$r-1.log" -jar "$PETCLINIC_JAR" --server.port=$P
  PC1+=("$PORT_MS"); PCR1+=("$RSS_MIB"); LOADS+=("$LOAD_AT_START")
  run "PetClinic restart" - "$WORK/pc-$r-2.log" -jar "$PETCLINIC_JAR" --server.port=$P
  PC2+=("$PORT_MS"); PCR2+=("$RSS_MIB"); LOADS+=("$LOAD_AT_START")
  P=$((PORT + 2)); DATA=$WORK/fazhi-data-$r; mkdir -p "$DATA"
  export FAZHI_DATA_DIR="$DATA" FAZHI_ADMIN_PASSWORD='Bench-Passw0rd-2026!'
  run "Fazhi first start" /actuator/health/readiness "$WORK/fz-$r-1.log" -jar "$FAZHI_JAR" --server.port=$P
  FZ1P+=("$PORT_MS"); FZ1R+=("$READY_MS"); FZR1+=("$RSS_MIB"); LOADS+=("$LOAD_AT_START")
  run "Fazhi restart" /actuator/health/readiness "$WORK/fz-$r-2.log" -jar "$FAZHI_JAR" --server.port=$P
  FZ2P+=("$PORT_MS"); FZ2R+=("$READY_MS"); FZR2+=("$RSS_MIB"); LOADS+=("$LOAD_AT_START")
  cp "$WORK/fz-$r-1.log" "$OUT/startup-fazhi-first-$r.log"; cp "$WORK/fz-$r-2.log" "$OUT/startup-fazhi-restart-$r.log"
  rm -rf "$DATA"
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
ok() { awk -v r="$1" -v t="$2" 'BEGIN { print (r <= t) ? "yes" : "NO" }'; }
list() { local IFS=/; echo "$*"; }
pc1=$(median "${PC1[@]}"); pc2=$(median "${PC2[@]}"); pcr=$(median "${PCR1[@]}" "${PCR2[@]}")
fz1p=$(median "${FZ1P[@]}"); fz1r=$(median "${FZ1R[@]}"); fz2p=$(median "${FZ2P[@]}"); fz2r=$(median "${FZ2R[@]}")
fzr1=$(median "${FZR1[@]}"); fzr2=$(median "${FZR2[@]}")
{
  echo "## Start-up and idle memory against PetClinic, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "$(nproc) cores, JAVA_OPTS='${JAVA_OPTS:-}' for both, $ROUNDS round(s), medians (each run in brackets);"
  echo "load average at each start: $(list "${LOADS[@]}")."
  echo
  echo "| start-up | Fazhi ms | PetClinic ms | ratio | target ≤ 1 |"
  echo "|---|---:|---:|---:|---|"
  echo "| first start, until the port answers | $fz1p ($(list "${FZ1P[@]}")) | $pc1 ($(list "${PC1[@]}")) | $(ratio "$fz1p" "$pc1") | $(ok "$(ratio "$fz1p" "$pc1")" 1) |"
  echo "| first start, until ready (demo data loaded) | $fz1r ($(list "${FZ1R[@]}")) | $pc1 | $(ratio "$fz1r" "$pc1") | $(ok "$(ratio "$fz1r" "$pc1")" 1) |"
  echo "| restart, until the port answers | $fz2p ($(list "${FZ2P[@]}")) | $pc2 ($(list "${PC2[@]}")) | $(ratio "$fz2p" "$pc2") | $(ok "$(ratio "$fz2p" "$pc2")" 1) |"
  echo "| restart, until ready | $fz2r ($(list "${FZ2R[@]}")) | $pc2 | $(ratio "$fz2r" "$pc2") | $(ok "$(ratio "$fz2r" "$pc2")" 1) |"
  echo
  echo "| idle RSS, ${IDLE} s after ready | Fazhi MiB | PetClinic MiB | ratio | target ≤ 1.5 |"
  echo "|---|---:|---:|---:|---|"
  echo "| after the first start | $fzr1 ($(list "${FZR1[@]}")) | $pcr ($(list "${PCR1[@]}" "${PCR2[@]}")) | $(ratio "$fzr1" "$pcr") | $(ok "$(ratio "$fzr1" "$pcr")" 1.5) |"
  echo "| after a restart | $fzr2 ($(list "${FZR2[@]}")) | $pcr | $(ratio "$fzr2" "$pcr") | $(ok "$(ratio "$fzr2" "$pcr")" 1.5) |"
} | tee "$REPORT"
