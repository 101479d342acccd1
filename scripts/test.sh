#!/usr/bin/env bash
# The test command: lint, the Odoo suite on a fresh PostgreSQL database, and the pure domain tests.
#   ODOO_SRC=/opt/odoo by default; without Odoo there, only lint-free pure tests run.
# Exit status is non-zero on any failure, and also when an Odoo test was skipped (a browser test
# silently skipped for lack of Chromium or websocket-client must not pass).
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_DIR"

ensure_debian_packages
ensure_lint_venv
failures=0
odoo_passed=0; odoo_failed=0; odoo_skipped=0
runner_passed=0; runner_failed=0
pure_passed=0; pure_failed=0; pure_skipped=0

count() { # count <word> <pytest summary line>
  printf '%s\n' "$2" | grep -oE "[0-9]+ $1" | head -n 1 | grep -oE '^[0-9]+' || echo 0
}

log "lint: ruff"
if ! "$LINT_VENV/bin/ruff" check . || ! "$LINT_VENV/bin/ruff" format --check .; then
  log "lint: ruff found problems"; failures=$((failures + 1))
fi
log "lint: pylint-odoo"
if ! "$LINT_VENV/bin/pylint" --rcfile=.pylintrc --load-plugins=pylint_odoo -sn \
     --valid-odoo-versions=18.0 "$REPO_DIR" ; then
  log "lint: pylint-odoo found problems"; failures=$((failures + 1))
fi

log "lint: oca-checks-odoo-module"
"$LINT_VENV/bin/oca-checks-odoo-module" --no-verbose "$REPO_DIR" || failures=$((failures + 1))
for bridge in bridges/*/; do
  [ -f "$bridge/__manifest__.py" ] || continue
  "$LINT_VENV/bin/oca-checks-odoo-module" --no-verbose "$bridge" || failures=$((failures + 1))
  # pylint-odoo on the bridge as its own add-on (the repository's run does not descend into it).
  "$LINT_VENV/bin/pylint" --rcfile=.pylintrc --load-plugins=pylint_odoo -sn \
    --valid-odoo-versions=18.0 "$bridge" || failures=$((failures + 1))
done

log "lint: oca-checks-po (po-pretty-format and the other .po checks; make i18n applies the layout)"
"$LINT_VENV/bin/oca-checks-po" --no-verbose i18n/*.po || failures=$((failures + 1))

log "packaging: README.rst and index.html generated from readme/, the wheel builds and installs"
"$LINT_VENV/bin/python" scripts/gen_readme.py --check || failures=$((failures + 1))
bash scripts/check_wheel.sh || { log "FAIL: the wheel did not build or install"; failures=$((failures + 1)); }

log "translations: msgfmt --check and completeness against the .pot"
for lang in sv de nb ru; do
  msgfmt --check -o /dev/null "i18n/$lang.po" || failures=$((failures + 1))
done
"$LINT_VENV/bin/python" scripts/check_po.py i18n || failures=$((failures + 1))
for bridge_i18n in bridges/*/i18n; do
  [ -d "$bridge_i18n" ] || continue
  for lang in sv de nb ru; do
    msgfmt --check -o /dev/null "$bridge_i18n/$lang.po" || failures=$((failures + 1))
  done
  "$LINT_VENV/bin/python" scripts/check_po.py "$bridge_i18n" || failures=$((failures + 1))
  "$LINT_VENV/bin/oca-checks-po" --no-verbose "$bridge_i18n"/*.po || failures=$((failures + 1))
done

log "pure domain tests (no Odoo, no database)"
pure_out=$(mktemp)
set +e
"$LINT_VENV/bin/python" -m pytest -q -p no:cacheprovider -o pythonpath=. \
  -rs --rootdir=dunning_core/tests dunning_core/tests 2>&1 | tee "$pure_out"
pure_rc=${PIPESTATUS[0]}
set -e
pure_line=$(grep -E '[0-9]+ (passed|failed|skipped)' "$pure_out" | tail -n 1)
pure_passed=$(count passed "$pure_line"); pure_failed=$(count failed "$pure_line")
pure_skipped=$(count skipped "$pure_line")
[ "$pure_rc" = 0 ] || failures=$((failures + 1))

if ensure_odoo; then
  db="dunning_test_$$"
  conf="$CACHE_DIR/test-$db.conf"
  cleanup() { dropdb --if-exists "$db" >/dev/null 2>&1 || true; rm -rf "$CACHE_DIR/data/filestore/$db" "$conf"; }
  trap cleanup EXIT
  if ! setup_addon_db "$db" "$conf" "${DUNNING_TEST_PORT:-$(free_port)}"; then
    log "install of account_dunning logged errors"; failures=$((failures + 1))
  fi
  log "translations: i18n/account_dunning.pot equals a fresh export"
  fresh_pot="$CACHE_DIR/fresh-$db.pot"
  if python "$ODOO_SRC/odoo-bin" -c "$conf" -d "$db" --i18n-export="$fresh_pot" \
       --modules=account_dunning --stop-after-init --log-level=warn; then
    "$LINT_VENV/bin/python" scripts/check_pot.py "$fresh_pot" i18n/account_dunning.pot \
      || failures=$((failures + 1))
  else
    log "FAIL: the .pot export failed"; failures=$((failures + 1))
  fi
  rm -f "$fresh_pot"
  log "Odoo suite (pytest-odoo)"
  odoo_out=$(mktemp)
  set +e
  DUNNING_PDF_PAGE_CHECK=1 python -m pytest -p pytest_odoo_guard -p no:cacheprovider --odoo-config="$conf" \
    --odoo-database="$db" --odoo-http -rs "$ADDON_DIR/tests" 2>&1 | tee "$odoo_out"
  odoo_rc=${PIPESTATUS[0]}
  set -e
  odoo_line=$(grep -E '[0-9]+ (passed|failed|skipped|error)' "$odoo_out" | tail -n 1)
  odoo_passed=$(count passed "$odoo_line"); odoo_failed=$(( $(count failed "$odoo_line") + $(count error "$odoo_line") ))
  odoo_skipped=$(count skipped "$odoo_line")
  if [ "$odoo_rc" != 0 ]; then failures=$((failures + 1)); fi
  if [ "$odoo_skipped" != 0 ]; then
    log "FAIL: $odoo_skipped Odoo test(s) skipped (missing Chromium, websocket-client or wkhtmltopdf?)"
    failures=$((failures + 1))
  fi
  if [ "$odoo_passed" = 0 ]; then log "FAIL: no Odoo test ran"; failures=$((failures + 1)); fi
  # The same suite under Odoo's own runner (odoo-bin --test-enable), the one OCA's CI uses; it
  # prints its own summary line ("odoo-bin --test-enable: N passed, N failed ...").
  log "Odoo suite (Odoo's own runner: scripts/test_odoo_runner.sh)"
  runner_out=$(mktemp)
  set +e
  bash scripts/test_odoo_runner.sh 2>&1 | tee "$runner_out"
  runner_rc=${PIPESTATUS[0]}
  set -e
  runner_line=$(grep -E '^odoo-bin --test-enable: ' "$runner_out" | tail -n 1)
  runner_passed=$(count passed "$runner_line"); runner_failed=$(count failed "$runner_line")
  rm -f "$runner_out"
  if [ "$runner_rc" != 0 ]; then
    log "FAIL: Odoo's own runner reported failures"; failures=$((failures + 1))
  fi
  # Bridge add-ons (bridges/*: account_dunning_sale with Sales), each on its own database with
  # what it depends on, so the main suite's database stays without Sales.
  for bridge in bridges/*/; do
    [ -f "$bridge/__manifest__.py" ] || continue
    name=$(basename "$bridge")
    bridge_out=$(mktemp)
    set +e
    DUNNING_RUNNER_MODULE=$name bash scripts/test_odoo_runner.sh 2>&1 | tee "$bridge_out"
    bridge_rc=${PIPESTATUS[0]}
    set -e
    bridge_line=$(grep -E "^odoo-bin --test-enable \($name\): " "$bridge_out" | tail -n 1)
    runner_passed=$((runner_passed + $(count passed "$bridge_line")))
    runner_failed=$((runner_failed + $(count failed "$bridge_line")))
    rm -f "$bridge_out"
    if [ "$bridge_rc" != 0 ]; then
      log "FAIL: the tests of $name reported failures"; failures=$((failures + 1))
    fi
  done
else
  log "Odoo suite skipped: no Odoo 18 at ODOO_SRC=$ODOO_SRC (odoo-bin not found); only the pure tests ran"
fi

passed=$((odoo_passed + pure_passed))
failed=$((odoo_failed + runner_failed + pure_failed))
echo "account_dunning: odoo ${odoo_passed} passed, ${odoo_failed} failed, ${odoo_skipped} skipped; odoo-bin runner ${runner_passed} passed, ${runner_failed} failed; pure ${pure_passed} passed, ${pure_failed} failed, ${pure_skipped} skipped"
if [ "$failures" != 0 ] && [ "$failed" = 0 ]; then failed=$failures; fi
echo "Total: ${passed} passed, ${failed} failed"
[ "$failures" = 0 ]
