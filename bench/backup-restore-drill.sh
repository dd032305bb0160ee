#!/usr/bin/env bash
# Backup -> restore drill (SECURITY.md BR-01, DC-03; issue 8). For each database:
#   1. the packaged jar starts on a fresh database with the demo county, and 30 public comments are
#      posted through the API (writes after the demo load);
#   2. a backup is taken (H2: a compressed SQL script of the stopped database, H2's own Script tool;
#      PostgreSQL: pg_dump -Fc of the running database) and encrypted with SM4 (openssl enc -sm4-cbc,
#      PBKDF2 from BACKUP_PASSPHRASE, generated when unset), the plain dump removed;
#   3. the backup is decrypted and restored into a fresh database (H2: RunScript into a new file;
#      PostgreSQL: a new database, pg_restore);
#   4. the row count of every table is compared between the two, and the jar is started on the
#      restored database with the key files kept apart from the database (audit chain key, field
#      keys), the auditor verifies the audit chain and every receipt is looked up.
# Prints the time of each step and writes a Markdown table to target/bench/backup-restore.md.
# Usage: bench/backup-restore-drill.sh [h2|postgresql|both]   (default both; postgresql needs the local
#   PostgreSQL 15 cluster, `pg_ctlcluster 15 main start`, and makes and drops databases of its own)
# Needs curl, python3, openssl with SM4 (Debian 12's has it) and, for PostgreSQL, psql/pg_dump/pg_restore.
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-both}
jar=${JAR:-target/fazhi-0.1.0-SNAPSHOT.jar}
[ -f "$jar" ] || ./mvnw -B -ntp -q -DskipTests package
mkdir -p target/bench
out=target/bench/backup-restore.md
demo_password='Demo-Passw0rd-2026'
passphrase=${BACKUP_PASSPHRASE:-$(openssl rand -hex 32)}
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# H2's tools, the version the application runs with
h2jar="$work/h2.jar"
entry=$(unzip -Z1 "$jar" | grep -E '^BOOT-INF/lib/h2-[0-9.]+\.jar$')
unzip -p "$jar" "$entry" > "$h2jar"

now() { date +%s.%N; }
secs() { python3 -c "print(f'{$2 - $1:.1f}')"; }

start_app() { # data dir, extra args...; sets port and pid
  local dir=$1; shift
  port=$(( 20000 + RANDOM % 20000 ))
  FAZHI_DATA_DIR="$dir" FAZHI_ADMIN_PASSWORD='Drill-Passw0rd-2026!' FAZHI_DEMO_PASSWORD="$demo_password" \
    java -Xmx768m -jar "$jar" --server.port=$port --fazhi.security.second-factor.required-for=none \
    --fazhi.participation.portal.comments-per-address=100000000 "$@" > "$dir/app.log" 2>&1 &
  pid=$!; pids+=("$pid")
  until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; do
    sleep 0.3
    kill -0 "$pid" 2>/dev/null || { tail -40 "$dir/app.log"; exit 1; }
  done
}

stop_app() { kill "$pid"; wait "$pid" 2>/dev/null || true; }

post_comments() { # -> receipts in $1
  local consultation
  consultation=$(curl -s "http://127.0.0.1:$port/api/v1/public/consultations" | python3 -c \
    'import json,sys; print([c for c in json.load(sys.stdin) if c["acceptingComments"]][0]["consultationId"])')
  : > "$1"
  for i in $(seq 1 30); do
    curl -s -H 'Content-Type: application/json' \
      -d "{\"name\":\"演练$i\",\"contact\":\"1380000$(printf %04d "$i")\",\"content\":\"备份演练意见 $i\"}" \
      "http://127.0.0.1:$port/api/v1/public/consultations/$consultation/comments" \
      | python3 -c 'import json,sys; print(json.load(sys.stdin)["receiptNo"])' >> "$1"
  done
}

check_restored() { # receipts file -> "intact/checked found/total"
  local verify found=0 total=0
  verify=$(curl -s --max-time 300 -u "auditor:$demo_password" "http://127.0.0.1:$port/api/v1/audit/verify" \
    | python3 -c 'import json,sys; v=json.load(sys.stdin); print(("intact" if v["intact"] else "BROKEN"), v["checked"])')
  while read -r r; do
    total=$((total + 1))
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/v1/public/comments/$r")" = 200 ] \
      && found=$((found + 1))
  done < "$1"
  echo "$verify $found/$total"
}

encrypt() { openssl enc -sm4-cbc -pbkdf2 -iter 200000 -salt -pass "pass:$passphrase" -in "$1" -out "$2"; }
decrypt() { openssl enc -d -sm4-cbc -pbkdf2 -iter 200000 -pass "pass:$passphrase" -in "$1" -out "$2"; }

rows=()

h2_counts() { # db file (without .mv.db) -> "table count" lines, sorted
  java -cp "$h2jar" org.h2.tools.Shell -url "jdbc:h2:file:$1;MODE=PostgreSQL" -user sa -password '' \
    -sql "select table_name from information_schema.tables where table_schema = 'PUBLIC' and table_type = 'BASE TABLE' order by table_name" \
    | awk 'NR > 1 && NF == 1 { print $1 }' | grep -v '^(' > "$work/tables" || true
  local sql=""
  while read -r t; do sql+="select '$t', count(*) from \"$t\" union all "; done < "$work/tables"
  java -cp "$h2jar" org.h2.tools.Shell -url "jdbc:h2:file:$1;MODE=PostgreSQL" -user sa -password '' \
    -sql "${sql% union all }" | awk 'NR > 1 && NF == 3 { print $1, $3 }' | sort
}

drill_h2() {
  local src="$work/h2-src" dst="$work/h2-dst" t0 t1 t2 t3 t4 size result
  mkdir -p "$src" "$dst"
  start_app "$src"
  post_comments "$work/h2-receipts"
  stop_app
  t0=$(now)
  java -cp "$h2jar" org.h2.tools.Script -url "jdbc:h2:file:$src/fazhi;MODE=PostgreSQL" -user sa -password '' \
    -script "$work/h2.sql.gz" -options compression gzip
  encrypt "$work/h2.sql.gz" "$work/h2.sql.gz.sm4" && rm "$work/h2.sql.gz"
  t1=$(now)
  size=$(du -h "$work/h2.sql.gz.sm4" | cut -f1)
  decrypt "$work/h2.sql.gz.sm4" "$work/h2-restore.sql.gz"
  java -cp "$h2jar" org.h2.tools.RunScript -url "jdbc:h2:file:$dst/fazhi;MODE=PostgreSQL" -user sa -password '' \
    -script "$work/h2-restore.sql.gz" -options compression gzip
  rm "$work/h2-restore.sql.gz"
  t2=$(now)
  h2_counts "$src/fazhi" > "$work/h2-src.counts"
  h2_counts "$dst/fazhi" > "$work/h2-dst.counts"
  diff "$work/h2-src.counts" "$work/h2-dst.counts" > /dev/null \
    || { echo "row counts differ:"; diff "$work/h2-src.counts" "$work/h2-dst.counts"; exit 1; }
  t3=$(now)
  # the keys live outside the database and are backed up apart from it
  cp "$src/audit-chain.key" "$src/field-keys" "$dst/"
  start_app "$dst"
  result=$(check_restored "$work/h2-receipts")
  stop_app
  t4=$(now)
  rows+=("| H2 (embedded) | $(wc -l < "$work/h2-src.counts") tables, $(awk '{ s += $2 } END { print s }' "$work/h2-src.counts") rows | $size | $(secs "$t0" "$t1") | $(secs "$t1" "$t2") | $(secs "$t2" "$t3") | $(secs "$t3" "$t4") | $result |")
}

pg() { su postgres -c "psql -qAtX -v ON_ERROR_STOP=1 $*"; }

pg_counts() { # database -> "table count" lines, sorted
  PGPASSWORD=$pgpass psql -qAtX -h 127.0.0.1 -U "$pguser" -d "$1" -c "select table_name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by 1" > "$work/pg-tables"
  while read -r t; do
    echo "$t $(PGPASSWORD=$pgpass psql -qAtX -h 127.0.0.1 -U "$pguser" -d "$1" -c "select count(*) from \"$t\"")"
  done < "$work/pg-tables" | sort
}

drill_pg() {
  local tag src dst dir="$work/pg" t0 t1 t2 t3 t4 size result
  tag="drill_$(date +%s)_$RANDOM"; src="${tag}_src"; dst="${tag}_dst"
  pguser="$tag"; pgpass=$(openssl rand -hex 12)
  mkdir -p "$dir"
  pg "-c \"create role $pguser login password '$pgpass'\""
  pg "-c \"create database $src owner $pguser\""
  pg "-c \"create database $dst owner $pguser\""
  local url="jdbc:postgresql://127.0.0.1:5432"
  start_app "$dir" --spring.datasource.url="$url/$src" --spring.datasource.username="$pguser" \
    --spring.datasource.password="$pgpass"
  post_comments "$work/pg-receipts"
  t0=$(now)
  PGPASSWORD=$pgpass pg_dump -h 127.0.0.1 -U "$pguser" -Fc -f "$work/pg.dump" "$src"   # online
  encrypt "$work/pg.dump" "$work/pg.dump.sm4" && rm "$work/pg.dump"
  t1=$(now)
  stop_app
  size=$(du -h "$work/pg.dump.sm4" | cut -f1)
  decrypt "$work/pg.dump.sm4" "$work/pg-restore.dump"
  PGPASSWORD=$pgpass pg_restore -h 127.0.0.1 -U "$pguser" --no-owner -d "$dst" "$work/pg-restore.dump"
  rm "$work/pg-restore.dump"
  t2=$(now)
  pg_counts "$src" > "$work/pg-src.counts"
  pg_counts "$dst" > "$work/pg-dst.counts"
  diff "$work/pg-src.counts" "$work/pg-dst.counts" > /dev/null \
    || { echo "row counts differ:"; diff "$work/pg-src.counts" "$work/pg-dst.counts"; exit 1; }
  t3=$(now)
  start_app "$dir" --spring.datasource.url="$url/$dst" --spring.datasource.username="$pguser" \
    --spring.datasource.password="$pgpass"
  result=$(check_restored "$work/pg-receipts")
  stop_app
  t4=$(now)
  pg "-c \"drop database $src\"" ; pg "-c \"drop database $dst\"" ; pg "-c \"drop role $pguser\""
  rows+=("| PostgreSQL 15 | $(wc -l < "$work/pg-src.counts") tables, $(awk '{ s += $2 } END { print s }' "$work/pg-src.counts") rows | $size | $(secs "$t0" "$t1") | $(secs "$t1" "$t2") | $(secs "$t2" "$t3") | $(secs "$t3" "$t4") | $result |")
}

case $which in
  h2) drill_h2 ;;
  postgresql) drill_pg ;;
  both) drill_h2; drill_pg ;;
  *) echo "usage: $0 [h2|postgresql|both]" >&2; exit 2 ;;
esac

{
  echo "| database | data | encrypted backup | backup + SM4 (s) | decrypt + restore (s) | compare row counts (s) | start on the restored database, verify chain, look up receipts (s) | chain, receipts found |"
  echo "|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} | tee "$out"
