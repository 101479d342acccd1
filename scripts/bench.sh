#!/usr/bin/env bash
# Benchmark of the dunning run (not a test): N customers x M invoices generated in SQL, then one run.
#   BENCH_CUSTOMERS=5000 BENCH_INVOICES=10 make bench     (BENCH_PROFILE=1 adds cProfile + SQL counts;
#   BENCH_KEEP=1 keeps the database with the generated data; BENCH_EXPLAIN=<ms> logs the plans of
#   statements slower than that to the PostgreSQL server log)
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_DIR"
ensure_odoo || exit 1
db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
if [ -n "${BENCH_KEEP:-}" ]; then
  log "BENCH_KEEP set: database $db is kept with the generated data (dropdb $db when done)"
else
  trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
fi
setup_addon_db "$db" "$conf"
BENCH_CUSTOMERS=${BENCH_CUSTOMERS:-5000} BENCH_INVOICES=${BENCH_INVOICES:-10} \
  python "$ODOO_SRC/odoo-bin" shell -c "$conf" -d "$db" --log-level=warn --no-http \
  < "$REPO_DIR/scripts/bench_run.py"
