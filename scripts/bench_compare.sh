#!/usr/bin/env bash
# make bench-compare (optional, not part of make test): OCA account_credit_control 18.0 from PyPI
# against the add-on's daily run on copies of the same generated data (scripts/bench_generate.py),
# configured alike (levels at 10, 30 and 60 days overdue, by e-mail). Interleaved, a fresh
# process and a fresh database copy each run; prints the medians of BENCH_RUNS (3) and the ratio.
#   BENCH_CUSTOMERS=1000 BENCH_INVOICES=10 make bench-compare     (BENCH_DATA=<db>: as make bench)
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_DIR"
ensure_odoo || exit 1
export BENCH_CUSTOMERS=${BENCH_CUSTOMERS:-1000} BENCH_INVOICES=${BENCH_INVOICES:-10}
runs=${BENCH_RUNS:-3}
data=${BENCH_DATA:-dunning_bench_data_$$}
oca_data="dunning_bench_oca_$$"
db="dunning_bench_cmp_$$"
conf="$CACHE_DIR/bench-cmp-$$.conf"
# OCA's add-on, installed with pip into its own folder (its only Python requirement is odoo
# itself, which is the source tree here, not a package: --no-deps), added to the addons path.
OCA_DIR=$CACHE_DIR/oca-credit-control-18
cleanup() {
  for name in "$db" "$oca_data" "${data}_partial"; do
    dropdb --if-exists "$name" >/dev/null 2>&1 || true
    rm -rf "$CACHE_DIR/data/filestore/$name"
  done
  if [ -z "${BENCH_DATA:-}" ]; then
    dropdb --if-exists "$data" >/dev/null 2>&1 || true
    rm -rf "$CACHE_DIR/data/filestore/$data"
  fi
  rm -f "$conf"
}
trap cleanup EXIT
ensure_venv
ensure_postgres
ensure_addons_link
export PYTHONPATH="$ODOO_SRC:$REPO_DIR/scripts${PYTHONPATH:+:$PYTHONPATH}"
if [ ! -d "$OCA_DIR/odoo/addons/account_credit_control" ]; then
  log "installing OCA account_credit_control 18.0 from PyPI into $OCA_DIR"
  rm -rf "$OCA_DIR"
  if ! pip install -q --no-deps --target "$OCA_DIR" 'odoo-addon-account_credit_control==18.0.*'; then
    log "OCA account_credit_control could not be installed from PyPI (see pip's message above)"
    exit 1
  fi
fi
# conf_for DB [EXTRA_ADDONS]: the benchmark configuration for database DB.
conf_for() {
  write_conf "$conf" "$1" "$(free_port)"
  if [ -n "${2:-}" ]; then sed -i "s#^addons_path = .*#&,$2#" "$conf"; fi
}
copy_db() {  # copy_db FROM TO
  dropdb --if-exists "$2"
  rm -rf "$CACHE_DIR/data/filestore/$2"
  createdb -T "$1" "$2"
  if [ -d "$CACHE_DIR/data/filestore/$1" ]; then
    cp -r "$CACHE_DIR/data/filestore/$1" "$CACHE_DIR/data/filestore/$2"
  fi
}
shell() {  # shell DB SIDE [EXTRA_ADDONS]
  conf_for "$1" "${3:-}"
  BENCH_SIDE=$2 python "$ODOO_SRC/odoo-bin" shell -c "$conf" -d "$1" --log-level=warn --no-http \
    < "$REPO_DIR/scripts/bench_compare.py" 2>"$CACHE_DIR/bench-cmp-$2.log"
}
if ! psql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$data'" | grep -q 1; then
  setup_addon_db "${data}_partial" "$conf"
  python "$ODOO_SRC/odoo-bin" shell -c "$conf" -d "${data}_partial" --log-level=warn --no-http \
    < "$REPO_DIR/scripts/bench_generate.py"
  psql -d postgres -qc "ALTER DATABASE \"${data}_partial\" RENAME TO \"$data\""
  if [ -d "$CACHE_DIR/data/filestore/${data}_partial" ]; then
    mv "$CACHE_DIR/data/filestore/${data}_partial" "$CACHE_DIR/data/filestore/$data"
  fi
fi
# The same data with OCA's add-on installed and configured (the add-on stays installed: both
# are measured on the same database content).
copy_db "$data" "$oca_data"
conf_for "$oca_data" "$OCA_DIR/odoo/addons"
log "installing account_credit_control into a copy of the data"
python "$ODOO_SRC/odoo-bin" -c "$conf" -d "$oca_data" -i account_credit_control --stop-after-init \
  --log-level=warn 2>"$CACHE_DIR/bench-cmp-install.log" || { cat "$CACHE_DIR/bench-cmp-install.log"; exit 1; }
shell "$oca_data" setup "$OCA_DIR/odoo/addons"
results=()
for i in $(seq 1 "$runs"); do
  for side in oca ours; do
    if [ "$side" = oca ]; then copy_db "$oca_data" "$db"; extra="$OCA_DIR/odoo/addons"
    else copy_db "$data" "$db"; extra=""; fi
    line=$(shell "$db" "$side" "$extra" | grep '^RESULT' || true)
    [ -n "$line" ] || { log "run $i ($side) failed: see $CACHE_DIR/bench-cmp-$side.log"; exit 1; }
    log "run $i: $line"
    results+=("$line")
  done
done
printf '%s\n' "${results[@]}" | python3 "$REPO_DIR/scripts/bench_compare_summary.py"
