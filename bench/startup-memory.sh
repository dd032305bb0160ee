#!/usr/bin/env bash
# Start-up time and idle resident memory of a Spring Boot jar, averaged over runs.
# Usage: bench/startup-memory.sh <jar> [runs] [extra java args...]
# Prints: the "Started ... in N seconds" figure Spring reports, the wall time until the port answers,
# and VmRSS after 20 s idle (read from /proc). Each run gets a fresh data directory (first start:
# schema, demo data, index) and port; with DATA_DIR=<dir> every run reuses that directory instead
# (a restart: run once to fill it, then measure).
set -euo pipefail
jar=$1; runs=${2:-3}; shift $(( $# >= 2 ? 2 : 1 )) || true
for i in $(seq 1 "$runs"); do
  dir=${DATA_DIR:-$(mktemp -d)}; port=$(( 20000 + RANDOM % 20000 ))
  start=$(date +%s%N)
  FAZHI_DATA_DIR="$dir" FAZHI_ADMIN_PASSWORD='Bench-Passw0rd-2026!' java "$@" -jar "$jar" --server.port=$port \
    > "$dir/out.log" 2>&1 &
  pid=$!
  until curl -s -o /dev/null "http://127.0.0.1:$port/"; do
    sleep 0.05
    kill -0 $pid 2>/dev/null || { echo "died"; cat "$dir/out.log" | tail -20; exit 1; }
  done
  ready=$(( ($(date +%s%N) - start) / 1000000 ))
  sleep 20
  rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  started=$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$dir/out.log" | grep -o '[0-9.]* seconds' || echo "?")
  echo "run $i: spring-reported ${started}, port answers after ${ready} ms, idle RSS $((rss / 1024)) MiB"
  kill $pid; wait $pid 2>/dev/null || true
  [ -n "${DATA_DIR:-}" ] || rm -rf "$dir"
done
