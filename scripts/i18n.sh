#!/usr/bin/env bash
# Re-export i18n/account_dunning.pot from a database with the add-on installed and merge the .po files.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_DIR"
ensure_odoo || exit 1
db="dunning_i18n_$$"
conf="$CACHE_DIR/i18n.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
# merge DIR POT: the .po files of DIR merged with POT (new ones created), in OCA's layout.
merge() {
  local dir=$1 pot=$2 lang po
  for lang in sv de nb ru; do
    po=$dir/$lang.po
    if [ -f "$po" ]; then
      msgmerge --quiet --update --no-fuzzy-matching --backup=none "$po" "$pot"
      msgattrib --no-obsolete -o "$po" "$po"
    else
      msginit --no-translator --no-wrap -l "$lang" -i "$pot" -o "$po" >/dev/null
    fi
  done
  # OCA's po-pretty-format (polib's wrapping): the layout oca-checks-po and its hook expect.
  "$LINT_VENV/bin/python" scripts/po_layout.py "$dir"
  "$LINT_VENV/bin/oca-checks-po" --fix --no-verbose --no-exit "$dir"/*.po >/dev/null 2>&1 || true
  "$LINT_VENV/bin/oca-checks-po" --no-verbose "$dir"/*.po
  for lang in sv de nb ru; do
    printf '%s: ' "$dir/$lang"; msgfmt --check --statistics -o /dev/null "$dir/$lang.po" 2>&1
  done
}
ensure_lint_venv
python "$ODOO_SRC/odoo-bin" -c "$conf" -d "$db" --i18n-export=i18n/account_dunning.pot \
  --modules=account_dunning --stop-after-init --log-level=warn
merge i18n i18n/account_dunning.pot
# Bridge add-ons: installed on the same database (with what they depend on, e.g. Sales), each
# exported into its own i18n/ folder.
for bridge in bridges/*/; do
  [ -f "$bridge/__manifest__.py" ] || continue
  name=$(basename "$bridge")
  mkdir -p "$bridge/i18n"
  python "$ODOO_SRC/odoo-bin" -c "$conf" -d "$db" -i "$name" --stop-after-init --log-level=warn
  python "$ODOO_SRC/odoo-bin" -c "$conf" -d "$db" --i18n-export="$bridge/i18n/$name.pot" \
    --modules="$name" --stop-after-init --log-level=warn
  merge "${bridge%/}/i18n" "$bridge/i18n/$name.pot"
done
