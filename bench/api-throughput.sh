#!/usr/bin/env bash
# API throughput with and without auditing (issue: "every API call wrote a sign-in audit row and
# waited on one lock"). Starts the jar on a fresh embedded database with the demo county, then runs
# wrk against:
#   token-read     GET /api/v1/account with a personal token; its use is audited once per 15 min
#   token-read-0   the same with fazhi.security.api-access.use-audit-period=0s: one audit entry per call
#   basic-read     GET /api/v1/account with HTTP Basic (a password hash check per call), audited once per period
#   comment-write  POST /api/v1/public/consultations/{id}/comments: a comment and its audit entry per call
# Usage: bench/api-throughput.sh [jar] [duration] [connections]
#   defaults: target/fazhi-0.1.0-SNAPSHOT.jar, 20s, 16 (after a 5 s warm-up, WARMUP=...). OLD_JAR=<jar> also
#   measures an earlier build
#   (before the once-per-period audit and the keyed chain; it has no use-audit-period setting).
# Needs wrk (apt-get install -y wrk), curl and python3. Prints a Markdown table and writes it to
# target/bench/api-throughput.md.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:-target/fazhi-0.1.0-SNAPSHOT.jar}; duration=${2:-20s}; connections=${3:-16}
[ -f "$jar" ] || ./mvnw -B -ntp -q -DskipTests package
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
mkdir -p target/bench
out=target/bench/api-throughput.md
demo_password='Demo-Passw0rd-2026'
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

start_app() { # jar, extra args...; sets port, dir, pid
  local j=$1; shift
  dir=$(mktemp -d); port=$(( 20000 + RANDOM % 20000 ))
  FAZHI_DATA_DIR="$dir" FAZHI_ADMIN_PASSWORD='Bench-Passw0rd-2026!' FAZHI_DEMO_PASSWORD="$demo_password" \
    java -Xmx1g -jar "$j" --server.port=$port --fazhi.security.second-factor.required-for=none \
    --fazhi.participation.portal.comments-per-address=100000000 "$@" > "$dir/out.log" 2>&1 &
  pid=$!; pids+=("$pid")
  until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; do
    sleep 0.2
    kill -0 "$pid" 2>/dev/null || { tail -30 "$dir/out.log"; exit 1; }
  done
}

stop_app() { kill "$pid"; wait "$pid" 2>/dev/null || true; rm -rf "$dir"; }

token() { # a 1-day personal token of fzb
  curl -s -u "fzb:$demo_password" -H 'Content-Type: application/json' \
    -d '{"name":"bench","validDays":1}' "http://127.0.0.1:$port/api/v1/account/tokens" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'
}

audit_rows() { # entries in the audit log now (read as the auditor)
  curl -s -u "auditor:$demo_password" "http://127.0.0.1:$port/api/v1/audit/events?size=1" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])'
}

measure() { # name, wrk args... -> one table row
  local name=$1; shift
  local before after result
  wrk -t2 -c"$connections" -d"${WARMUP:-5s}" "$@" > /dev/null 2>&1   # warm-up, not counted
  before=$(audit_rows)
  wrk -t2 -c"$connections" -d"$duration" --latency "$@" > "$dir/wrk.txt" 2>&1
  after=$(audit_rows)
  result=$(python3 - "$dir/wrk.txt" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
rps = re.search(r"Requests/sec:\s+([\d.]+)", t).group(1)
def lat(p):
    m = re.search(r"\s" + p + r"%\s+([\d.]+)(us|ms|s)", t)
    v, u = float(m.group(1)), m.group(2)
    return v / 1000 if u == "us" else v * 1000 if u == "s" else v
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", t)
errors = re.search(r"Socket errors: (.*)", t)
print(f"{float(rps):.0f} | {lat('50'):.1f} | {lat('99'):.1f} | {non2xx.group(1) if non2xx else 0}"
      f"{' (' + errors.group(1) + ')' if errors else ''}")
PY
)
  echo "| $name | $result | $(( after - before - 1 )) |" | tee -a "$out"
}

comment_script() { # a wrk Lua script posting one public comment per request
  local id=$1
  cat > "$dir/comment.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"content":"建议明确执法检查的时限和程序。","contact":"bench@example.org","name":null,"organisation":null}'
wrk.path = "/api/v1/public/consultations/$id/comments"
LUA
}

consultation() {
  curl -s "http://127.0.0.1:$port/api/v1/public/consultations" \
    | python3 -c 'import json,sys; print([c for c in json.load(sys.stdin) if c.get("acceptingComments")][0]["consultationId"])'
}

{
  echo "API throughput, $duration per run, $connections connections, 2 wrk threads ($(date -u +%F), $(nproc) cores)"
  echo
  echo "| build / scenario | requests/s | p50 ms | p99 ms | non-2xx | audit entries written |"
  echo "|---|---:|---:|---:|---:|---:|"
} | tee "$out"

run_build() { # label, jar, has-period-setting
  local label=$1 j=$2 new=$3
  start_app "$j"
  local t; t=$(token)
  measure "$label token-read" -H "Authorization: Bearer $t" "http://127.0.0.1:$port/api/v1/account"
  measure "$label basic-read" -H "Authorization: Basic $(printf 'fzb:%s' "$demo_password" | base64)" \
    "http://127.0.0.1:$port/api/v1/account"
  comment_script "$(consultation)"
  measure "$label comment-write" -s "$dir/comment.lua" "http://127.0.0.1:$port"
  stop_app
  if [ "$new" = yes ]; then
    start_app "$j" --fazhi.security.api-access.use-audit-period=0s
    t=$(token)
    measure "$label token-read-0 (every call audited)" -H "Authorization: Bearer $t" \
      "http://127.0.0.1:$port/api/v1/account"
    stop_app
  fi
}

[ -n "${OLD_JAR:-}" ] && run_build "before" "$OLD_JAR" no
run_build "after" "$jar" yes
echo
echo "Written to $out"
