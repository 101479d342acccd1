#!/usr/bin/env bash
# Benchmark of the dunning run (not a test): N customers x M invoices generated into a data
# database (scripts/bench_generate.py), then measured on a fresh copy of it in a fresh process
# (scripts/bench_run.py): the daily run, its rerun the same day, optionally PDFs and e-mails.
#   BENCH_CUSTOMERS=5000 BENCH_INVOICES=10 make bench
# BENCH_DATA=<db>: keep the generated data in database <db> and reuse it when it exists already
#   (iterating on the code: the generation is skipped; the data is that of the day it was made,
#   so make it again the next day, and after a change of fields: dropdb <db>);
# BENCH_PROFILE=1 adds cProfile + SQL counts to every measurement (or BENCH_PROFILE=<word>: to
#   those whose label contains it, e.g. rerun); BENCH_KEEP=1 keeps the measured database;
# BENCH_EXPLAIN=<ms> logs the plans of statements slower than that to the PostgreSQL server log;
# BENCH_WORKERS=<n>: batches of the scheduled run at once (default: the add-on's, 2; 1: one after
#   the other); BENCH_CHECK=1 then runs the daily run again on a fresh copy with BENCH_WORKERS=1 and
#   fails unless both made the same letters, lines, levels, notes and counts (digest lines);
# BENCH_PDF=<n> prints and marks sent n letters (BENCH_PDF_BEFORE=1 first renders them one call
#   per letter, as before the chunks); BENCH_MAIL=<n> e-mails n letters through the hourly job.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_DIR"
ensure_odoo || exit 1
db="dunning_bench_$$"
data=${BENCH_DATA:-dunning_bench_data_$$}
conf="$CACHE_DIR/bench-$$.conf"
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  if [ -z "${BENCH_KEEP:-}" ]; then
    dropdb --if-exists "$db" >/dev/null 2>&1 || true
    rm -rf "$CACHE_DIR/data/filestore/$db"
  fi
  if [ -z "${BENCH_DATA:-}" ]; then
    dropdb --if-exists "$data" >/dev/null 2>&1 || true
    rm -rf "$CACHE_DIR/data/filestore/$data"
  fi
  rm -f "$conf"
}
trap cleanup EXIT
[ -z "${BENCH_KEEP:-}" ] || log "BENCH_KEEP set: the measured database $db is kept (dropdb $db when done)"
export BENCH_CUSTOMERS=${BENCH_CUSTOMERS:-5000} BENCH_INVOICES=${BENCH_INVOICES:-10}
if psql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$data'" | grep -q 1; then
  log "reusing the generated data in $data"
  ensure_venv
  ensure_postgres
  ensure_addons_link
  export PYTHONPATH="$ODOO_SRC:$REPO_DIR/scripts${PYTHONPATH:+:$PYTHONPATH}"
else
  # Generated under a temporary name, renamed once complete: a failed generation is never reused.
  partial="${data}_partial"
  trap 'dropdb --if-exists "$partial" >/dev/null 2>&1 || true; cleanup' EXIT
  setup_addon_db "$partial" "$conf"
  python "$ODOO_SRC/odoo-bin" shell -c "$conf" -d "$partial" --log-level=warn --no-http \
    < "$REPO_DIR/scripts/bench_generate.py"
  psql -d postgres -qc "ALTER DATABASE \"$partial\" RENAME TO \"$data\""
  rm -rf "$CACHE_DIR/data/filestore/$data"
  if [ -d "$CACHE_DIR/data/filestore/$partial" ]; then
    mv "$CACHE_DIR/data/filestore/$partial" "$CACHE_DIR/data/filestore/$data"
  fi
fi
# bench_copy DB: a fresh copy of the generated data (database and filestore) named DB.
bench_copy() {
  dropdb --if-exists "$1"
  rm -rf "$CACHE_DIR/data/filestore/$1"
  createdb -T "$data" "$1"
  if [ -d "$CACHE_DIR/data/filestore/$data" ]; then
    cp -r "$CACHE_DIR/data/filestore/$data" "$CACHE_DIR/data/filestore/$1"
  fi
}
bench_copy "$db"
port=$(free_port)
write_conf "$conf" "$db" "$port"
if [ -n "${BENCH_PDF:-}${BENCH_MAIL:-}" ]; then
  # wkhtmltopdf loads the report's styles over HTTP: a server for the benchmark database.
  python "$ODOO_SRC/odoo-bin" -c "$conf" -d "$db" --http-port="$port" --max-cron-threads=0 \
    --log-level=warn >"$CACHE_DIR/bench-server-$db.log" 2>&1 &
  server=$!
  for _ in $(seq 1 60); do
    python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 1)" 2>/dev/null && break
    sleep 1
  done
  export BENCH_REPORT_URL="http://127.0.0.1:$port"
fi
python "$ODOO_SRC/odoo-bin" shell -c "$conf" -d "$db" --log-level=warn --no-http \
  < "$REPO_DIR/scripts/bench_run.py" | tee "$CACHE_DIR/bench-$$.out"
if [ -n "${BENCH_CHECK:-}" ]; then
  log "BENCH_CHECK: the daily run again on a fresh copy, batches one after the other"
  bench_copy "$db"
  BENCH_WORKERS=1 BENCH_PDF="" BENCH_MAIL="" BENCH_PROFILE="" python "$ODOO_SRC/odoo-bin" shell \
    -c "$conf" -d "$db" --log-level=warn --no-http < "$REPO_DIR/scripts/bench_run.py" \
    | tee "$CACHE_DIR/bench-$$-sequential.out"
  a=$(grep 'digest of what it made' "$CACHE_DIR/bench-$$.out")
  b=$(grep 'digest of what it made' "$CACHE_DIR/bench-$$-sequential.out")
  rm -f "$CACHE_DIR/bench-$$.out" "$CACHE_DIR/bench-$$-sequential.out"
  if [ -z "$a" ] || [ "$a" != "$b" ]; then
    log "BENCH_CHECK failed: the two runs made different things ($a / $b)"
    exit 1
  fi
  log "BENCH_CHECK passed: both runs made the same ($a)"
fi
rm -f "$CACHE_DIR/bench-$$.out"
