#!/usr/bin/env bash
# Developer shortcut: install the add-on into a fresh database and run part of the Odoo suite.
#   bash scripts/dev_test.sh [pytest args...]   e.g.  bash scripts/dev_test.sh -k factoring tests/test_factoring.py
# Paths given as tests/... are resolved inside the add-on link. The database is dropped afterwards.
# `make test` stays the command CI runs; this one skips lint, translations and the pure tests.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_DIR"
db="dunning_dev_$$"
conf="$CACHE_DIR/dev-$db.conf"
cleanup() { dropdb --if-exists "$db" >/dev/null 2>&1 || true; rm -rf "$CACHE_DIR/data/filestore/$db" "$conf"; }
trap cleanup EXIT
setup_addon_db "$db" "$conf" "$(free_port)"
args=()
have_path=0
for a in "$@"; do
  case "$a" in
    tests/*) args+=("$ADDON_DIR/$a"); have_path=1 ;;
    *) args+=("$a") ;;
  esac
done
[ "$have_path" = 1 ] || args+=("$ADDON_DIR/tests")
DUNNING_PDF_PAGE_CHECK=1 python -m pytest -p pytest_odoo_guard -p no:cacheprovider --odoo-config="$conf" \
  --odoo-database="$db" --odoo-http -q -rs "${args[@]}"
