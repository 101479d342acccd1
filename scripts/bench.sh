#!/usr/bin/env bash
# Benchmark of the dunning run (not a test): N customers x M invoices generated in SQL, then one run.
#   BENCH_CUSTOMERS=5000 BENCH_INVOICES=10 make bench
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_DIR"
have_odoo || { log "no Odoo at ODOO_SRC=$ODOO_SRC"; exit 1; }
ensure_venv
ensure_postgres
ensure_addons_link
export PYTHONPATH="$ODOO_SRC${PYTHONPATH:+:$PYTHONPATH}"
db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
write_conf "$conf" "$db"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
ensure_template_db "$conf"
createdb -T "$TEMPLATE_DB" "$db"
python "$ODOO_SRC/odoo-bin" -c "$conf" -d "$db" -i account_dunning --stop-after-init --log-level=warn
BENCH_CUSTOMERS=${BENCH_CUSTOMERS:-5000} BENCH_INVOICES=${BENCH_INVOICES:-10} \
  python "$ODOO_SRC/odoo-bin" shell -c "$conf" -d "$db" --log-level=warn --no-http \
  < "$REPO_DIR/scripts/bench_run.py"
