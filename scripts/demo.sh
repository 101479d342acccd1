#!/usr/bin/env bash
# The main job on demo data: installs what is missing, builds database `dunning_demo` with
# account_dunning and its demo company Nordexport AB (a Swedish exporter booking in SEK) with
# customers in SE, DE, NO, RU and UK (each in their language and currency), runs the dunning
# cycle, and serves Odoo on http://localhost:8069.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_DIR"
DB=${DUNNING_DEMO_DB:-dunning_demo}
PORT=${DUNNING_DEMO_PORT:-8069}

ensure_odoo || exit 1
ensure_debian_packages
conf="$CACHE_DIR/demo.conf"
log "building database $DB with account_dunning and its demo data"
setup_addon_db "$DB" "$conf" "$PORT"
sed -i 's/^log_level = warn/log_level = info/' "$conf"
log "loading Swedish, German, Norwegian, Russian and British English"
python "$ODOO_SRC/odoo-bin" -c "$conf" -d "$DB" --load-language=sv_SE,de_DE,nb_NO,ru_RU,en_GB \
  --stop-after-init --log-level=warn

LETTERS=${DUNNING_DEMO_LETTERS:-$CACHE_DIR/demo-letters}
rm -rf "$LETTERS"
# The server runs while the letters are rendered: wkhtmltopdf loads the report styles from it
# (report.url), so the PDFs carry the company's layout, header and footer.
log "starting Odoo on http://localhost:$PORT"
python "$ODOO_SRC/odoo-bin" -c "$conf" -d "$DB" --http-port="$PORT" --log-level=warn &
server=$!
trap 'kill "$server" 2>/dev/null || true' INT TERM
# Wait for it, then fetch one static file first: the server reads every add-on's manifest on
# the first static request, and wkhtmltopdf's parallel requests would race on that.
for _ in $(seq 1 60); do
  python3 -c "import urllib.request as u; u.urlopen('http://localhost:$PORT/web/login', timeout=3)" \
    2>/dev/null && break
  sleep 1
done
python3 -c "import urllib.request as u; u.urlopen('http://localhost:$PORT/web/static/img/favicon.ico', timeout=10)" \
  2>/dev/null || true
log "running the dunning cycle; the letters go to $LETTERS"
DUNNING_DEMO_LETTERS="$LETTERS" DUNNING_REPORT_URL="http://localhost:$PORT" \
  python "$ODOO_SRC/odoo-bin" shell -c "$conf" -d "$DB" --log-level=warn --no-http \
  < "$REPO_DIR/scripts/demo_cycle.py"

log "demo letters (PDF, each in the customer's language): $LETTERS"
log "serving Odoo on http://localhost:$PORT  (login: admin / password: admin; Ctrl-C stops it)"
log "Dunning: Invoicing > Customers > Dunning; settings: Invoicing > Configuration > Dunning"
wait "$server"
