#!/usr/bin/env bash
# The Odoo suite under Odoo's own test runner, the one OCA's CI and runboat use:
#   odoo-bin -d DB -i account_dunning --test-enable --test-tags /account_dunning --stop-after-init
# on a fresh database copied from the cached template (as scripts/dev_test.sh does), on a free port;
# the database is dropped afterwards. Odoo's runner may exit 0 with failing tests, so the log is
# read too: any "FAIL:"/"ERROR:" line, a "N failed, N error(s)" summary other than 0/0, or no
# summary at all fails the command. It prints one summary line of its own at the end.
#   bash scripts/test_odoo_runner.sh            (make test-odoo-runner; scripts/test.sh calls it)
#   bash scripts/test_odoo_runner.sh '/account_dunning:TestEndOfDebt'   (other --test-tags)
#   DUNNING_RUNNER_MODULE=account_dunning_sale bash scripts/test_odoo_runner.sh   (a bridge add-on
#   of bridges/: installed with what it depends on, its own tests run)
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_DIR"
ensure_odoo
module=${DUNNING_RUNNER_MODULE:-account_dunning}
tags=${1:-/$module}
module_dir=$REPO_DIR
[ "$module" = account_dunning ] || module_dir=$REPO_DIR/bridges/$module
label="odoo-bin --test-enable"
[ "$module" = account_dunning ] || label="odoo-bin --test-enable ($module)"
# Odoo's runner loads only the test modules tests/__init__.py imports (pytest finds them by file):
# a test file missing there would silently not run here.
for test_file in "$module_dir"/tests/test_*.py; do
  name=$(basename "$test_file" .py)
  if ! grep -qx "from \. import $name" "$module_dir/tests/__init__.py"; then
    log "FAIL: tests/$name.py of $module is not imported in tests/__init__.py: Odoo's runner would skip it"
    exit 1
  fi
done
db="dunning_runner_$$"
conf="$CACHE_DIR/runner-$db.conf"
log_file="$CACHE_DIR/runner-$db.log"
cleanup() {
  dropdb --if-exists "$db" >/dev/null 2>&1 || true
  rm -rf "$CACHE_DIR/data/filestore/$db" "$conf"
  if [ "${status:-1}" = 0 ]; then rm -f "$log_file"; else log "full log: $log_file"; fi
}
trap cleanup EXIT
# A fresh database from the cached template (account + sms), as setup_addon_db makes it, but the
# add-on is installed by the runner itself, with its tests: at_install tests run at install time
# and post_install ones after, exactly as OCA's CI runs them.
ensure_venv
ensure_postgres
ensure_addons_link
export PYTHONPATH="$ODOO_SRC${PYTHONPATH:+:$PYTHONPATH}"
write_conf "$conf" "$db" "$(free_port)"
ensure_template_db "$conf"
dropdb --if-exists "$db"
createdb -T "$TEMPLATE_DB" "$db"
if [ -d "$CACHE_DIR/data/filestore/$TEMPLATE_DB" ]; then
  mkdir -p "$CACHE_DIR/data/filestore"
  cp -r "$CACHE_DIR/data/filestore/$TEMPLATE_DB" "$CACHE_DIR/data/filestore/$db"
fi
log "Odoo suite (odoo-bin -i $module --test-enable --test-tags $tags)"
set +e
# A hung test (a PDF render waiting on the test server) must not block CI for ever.
timeout "${DUNNING_RUNNER_TIMEOUT:-2400}" python "$ODOO_SRC/odoo-bin" -c "$conf" -d "$db" -i "$module" --test-enable \
  --test-tags "$tags" --stop-after-init --log-level=info > "$log_file" 2>&1
rc=$?
grep -E " (ERROR|CRITICAL) |(FAIL|ERROR): |error\\(s\\) of [0-9]+ tests|$module: [0-9]+ tests" "$log_file" | cut -c1-400
set -e
# Odoo 18 ends with e.g. "account_dunning: 85 tests 120.5s 1234 queries" per module and
# "0 failed, 0 error(s) of 85 tests when loading database 'x'" overall.
summary=$(grep -oE '[0-9]+ failed, [0-9]+ error\(s\) of [0-9]+ tests' "$log_file" | tail -n 1 || true)
failed=$(printf '%s' "$summary" | grep -oE '^[0-9]+' || echo "")
errors=$(printf '%s' "$summary" | grep -oE '[0-9]+ error' | grep -oE '^[0-9]+' || echo "")
total=$(printf '%s' "$summary" | grep -oE 'of [0-9]+' | grep -oE '[0-9]+' || echo 0)
bad_lines=$(grep -cE '(FAIL|ERROR): ' "$log_file" || true)
status=0
if [ -z "$summary" ]; then
  # Odoo prints no summary when every test passed on some versions: then the count comes from
  # the per-module line, and a log without either ran no test.
  total=$(grep -oE "$module: [0-9]+ tests" "$log_file" | grep -oE '[0-9]+' | tail -n 1 || echo 0)
  failed=0; errors=0
fi
if [ "$rc" != 0 ] || [ "${failed:-1}" != 0 ] || [ "${errors:-1}" != 0 ] || [ "$bad_lines" != 0 ] \
   || [ "${total:-0}" = 0 ]; then
  status=1
fi
passed=$(( ${total:-0} - ${failed:-0} - ${errors:-0} ))
[ "$passed" -ge 0 ] || passed=0
echo "$label: ${passed} passed, $(( ${failed:-0} + ${errors:-0} )) failed (${errors:-0} errors; exit ${rc}, ${bad_lines} FAIL/ERROR lines)"
exit "$status"
