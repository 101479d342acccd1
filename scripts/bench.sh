#!/usr/bin/env bash
# Benchmark of the dunning run (not a test): N customers x M invoices generated in SQL, then one run.
#   BENCH_CUSTOMERS=5000 BENCH_INVOICES=10 make bench     (BENCH_PROFILE=1 adds cProfile + SQL counts;
#   BENCH_KEEP=1 keeps the database with the generated data; BENCH_EXPLAIN=<ms> logs the plans of
#   statements slower than that to the PostgreSQL server log; BENCH_PDF=<n> prints and marks
#   sent n letters, BENCH_PDF_BEFORE=1 first renders them one call per letter, as before)
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_DIR"
ensure_odoo || exit 1
db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  [ -n "${BENCH_KEEP:-}" ] || dropdb --if-exists "$db" >/dev/null 2>&1 || true
}
trap cleanup EXIT
[ -z "${BENCH_KEEP:-}" ] || log "BENCH_KEEP set: database $db is kept with the generated data (dropdb $db when done)"
setup_addon_db "$db" "$conf"
if [ -n "${BENCH_PDF:-}" ]; then
  # wkhtmltopdf loads the report's styles over HTTP: a server for the benchmark database.
  port=$(free_port)
  python "$ODOO_SRC/odoo-bin" -c "$conf" -d "$db" --http-port="$port" --max-cron-threads=0 \
    --log-level=warn >"$CACHE_DIR/bench-server-$db.log" 2>&1 &
  server=$!
  for _ in $(seq 1 60); do
    python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 1)" 2>/dev/null && break
    sleep 1
  done
  export BENCH_REPORT_URL="http://127.0.0.1:$port"
fi
BENCH_CUSTOMERS=${BENCH_CUSTOMERS:-5000} BENCH_INVOICES=${BENCH_INVOICES:-10} \
  python "$ODOO_SRC/odoo-bin" shell -c "$conf" -d "$db" --log-level=warn --no-http \
  < "$REPO_DIR/scripts/bench_run.py"
