#!/usr/bin/env bash
# Re-export i18n/account_dunning.pot from a database with the add-on installed and merge the .po files.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_DIR"
ensure_odoo || exit 1
db="dunning_i18n_$$"
conf="$CACHE_DIR/i18n.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
python "$ODOO_SRC/odoo-bin" -c "$conf" -d "$db" --i18n-export=i18n/account_dunning.pot \
  --modules=account_dunning --stop-after-init --log-level=warn
for lang in sv de nb ru; do
  po=i18n/$lang.po
  if [ -f "$po" ]; then
    msgmerge --quiet --update --no-fuzzy-matching --backup=none "$po" i18n/account_dunning.pot
    msgattrib --no-obsolete -o "$po" "$po"
  else
    msginit --no-translator --no-wrap -l "$lang" -i i18n/account_dunning.pot -o "$po" >/dev/null
  fi
done
# OCA's po-pretty-format (polib's wrapping): the same layout oca-checks-po and its pre-commit hook expect.
ensure_lint_venv
"$LINT_VENV/bin/python" scripts/po_layout.py i18n
"$LINT_VENV/bin/oca-checks-po" --fix --no-verbose --no-exit i18n/*.po >/dev/null 2>&1 || true
"$LINT_VENV/bin/oca-checks-po" --no-verbose i18n/*.po
msgfmt_report() { for lang in sv de nb ru; do printf '%s: ' "$lang"; msgfmt --check --statistics -o /dev/null "i18n/$lang.po" 2>&1; done; }
msgfmt_report
