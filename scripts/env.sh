# shellcheck shell=bash
# Shared settings for the project's scripts. Source it; it defines variables and helper functions only.
set -euo pipefail

REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ODOO_SRC=${ODOO_SRC:-/opt/odoo}
CACHE_DIR=${DUNNING_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/account_dunning}
# Odoo maps the add-on to odoo.addons.<folder name>: expose the clone under its technical name, in a
# folder keyed by the clone's path so two clones (CI's fresh one, a developer's) never swap each
# other's code under a running server.
ADDONS_LINK_DIR=$CACHE_DIR/addons/$(printf '%s' "$REPO_DIR" | sha256sum | cut -c1-10)
DB_HOST=${PGHOST:-}
PG_USER=${PGUSER:-$(id -un)}
mkdir -p "$CACHE_DIR"

log() { printf '[account_dunning] %s\n' "$*" >&2; }

have_odoo() { [ -f "$ODOO_SRC/odoo-bin" ]; }

# ensure_odoo: Odoo 18.0 Community at ODOO_SRC. When it is not there and ODOO_SRC is free, a
# shallow clone of the official 18.0 branch (about 10 minutes and 1 GB on a fresh machine; set
# DUNNING_FETCH_ODOO=0 to never fetch). Where that is impossible (no internet), one line says what
# to do and the function fails.
ODOO_GIT_URL=${ODOO_GIT_URL:-https://github.com/odoo/odoo.git}
ensure_odoo() {
  have_odoo && return 0
  if [ "${DUNNING_FETCH_ODOO:-1}" != 0 ] && command -v git >/dev/null 2>&1 \
     && { [ ! -e "$ODOO_SRC" ] || [ -z "$(ls -A "$ODOO_SRC" 2>/dev/null)" ]; }; then
    log "no Odoo at ODOO_SRC=$ODOO_SRC: cloning Odoo 18.0 Community (shallow, once; ~10 min)"
    if timeout 1800 git clone -q --depth 1 --branch 18.0 "$ODOO_GIT_URL" "$ODOO_SRC.partial" 2>/dev/null; then
      rm -rf "$ODOO_SRC" && mv "$ODOO_SRC.partial" "$ODOO_SRC"
      return 0
    fi
    rm -rf "$ODOO_SRC.partial"
  fi
  log "no Odoo 18 at ODOO_SRC=$ODOO_SRC and it could not be fetched: unpack an Odoo 18.0 Community tree there (or point ODOO_SRC at one) and run the command again"
  return 1
}

# Virtualenv keyed by Odoo's requirements + ours, cached outside the clone.
venv_path() {
  local key
  key=$(cat "$ODOO_SRC/requirements.txt" "$REPO_DIR/scripts/requirements-dev.txt" 2>/dev/null | sha256sum | cut -c1-12)
  printf '%s/venv-odoo-%s' "$CACHE_DIR" "$key"
}

lint_venv_path() {
  local key
  key=$(sha256sum < "$REPO_DIR/scripts/requirements-lint.txt" | cut -c1-12)
  printf '%s/venv-lint-%s' "$CACHE_DIR" "$key"
}

ensure_venv() {
  VENV=$(venv_path)
  if [ ! -f "$VENV/.complete" ]; then
    log "creating virtualenv $VENV (Odoo requirements + test tools; a few minutes, once)"
    rm -rf "$VENV"
    python3 -m venv "$VENV"
    local tmp
    tmp=$(mktemp -d)
    echo 'setuptools<70' > "$tmp/constraints.txt"
    # python-ldap needs libldap headers and is only used by auth_ldap.
    grep -v '^python-ldap' "$ODOO_SRC/requirements.txt" > "$tmp/odoo-req.txt"
    # Keep the bundled pip: newer pips no longer pass PIP_CONSTRAINT into isolated builds.
    PIP_CONSTRAINT=$tmp/constraints.txt "$VENV/bin/pip" install -q wheel "setuptools<70"
    PIP_CONSTRAINT=$tmp/constraints.txt "$VENV/bin/pip" install -q -r "$tmp/odoo-req.txt"
    PIP_CONSTRAINT=$tmp/constraints.txt "$VENV/bin/pip" install -q -r "$REPO_DIR/scripts/requirements-dev.txt"
    rm -rf "$tmp"
    touch "$VENV/.complete"
  fi
  # The patched-Qt wkhtmltopdf from the wheel, first on PATH as "wkhtmltopdf".
  local wk
  wk=$(find "$VENV" -path '*bin/wkhtmltopdf-pack' -type f 2>/dev/null | head -n 1 || true)
  if [ -n "$wk" ]; then
    chmod +x "$wk"
    mkdir -p "$VENV/wkbin"
    ln -sf "$wk" "$VENV/wkbin/wkhtmltopdf"
    export PATH="$VENV/wkbin:$VENV/bin:$PATH"
  else
    export PATH="$VENV/bin:$PATH"
  fi
}

ensure_lint_venv() {
  LINT_VENV=$(lint_venv_path)
  if [ ! -f "$LINT_VENV/.complete" ]; then
    log "creating lint virtualenv $LINT_VENV"
    rm -rf "$LINT_VENV"
    python3 -m venv "$LINT_VENV"
    "$LINT_VENV/bin/pip" install -q -r "$REPO_DIR/scripts/requirements-lint.txt"
    touch "$LINT_VENV/.complete"
  fi
}

# free_port: a TCP port nothing listens on, so a test server never answers for another Odoo
# (a demo or benchmark server left running made the browser tour read a foreign server's pages).
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

ensure_addons_link() {
  mkdir -p "$ADDONS_LINK_DIR"
  ln -sfn "$REPO_DIR" "$ADDONS_LINK_DIR/account_dunning"
  # Bridge add-ons (bridges/<name>, e.g. account_dunning_sale: auto-installed with Sales).
  local bridge
  for bridge in "$REPO_DIR"/bridges/*/; do
    [ -f "$bridge/__manifest__.py" ] && ln -sfn "${bridge%/}" "$ADDONS_LINK_DIR/$(basename "$bridge")"
  done
  ADDON_DIR=$ADDONS_LINK_DIR/account_dunning
}

ensure_postgres() {
  if ! command -v pg_ctlcluster >/dev/null 2>&1 && ! command -v psql >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      log "installing PostgreSQL (Debian package)"
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    else
      log "PostgreSQL is not installed and cannot be installed here"; return 1
    fi
  fi
  if ! pg_isready -q 2>/dev/null; then
    local ver
    ver=$(pg_lsclusters -h 2>/dev/null | awk 'NR==1{print $1" "$2}')
    if [ -n "$ver" ]; then
      log "starting PostgreSQL cluster $ver"
      # shellcheck disable=SC2086
      pg_ctlcluster $ver start
    fi
    for _ in $(seq 1 30); do pg_isready -q && break; sleep 1; done
  fi
  # A superuser role for the user running the scripts (once; asked as that user first, so no su
  # is needed afterwards: su under libfaketime fails, see make test-dates).
  if [ "$(id -u)" = 0 ] && ! psql -d postgres -tAc 'SELECT 1' >/dev/null 2>&1; then
    su postgres -c "createuser -s $PG_USER"
  fi
}

# Write an odoo.conf shared by odoo-bin and pytest (same data_dir/db so HttpCase finds its assets).
write_conf() {
  local conf=$1 db=$2 port=${3:-8069}
  cat > "$conf" <<CONF
[options]
addons_path = $ODOO_SRC/addons,$ADDONS_LINK_DIR
data_dir = $CACHE_DIR/data
db_name = $db
dbfilter = ^$db\$
db_user = $PG_USER
http_port = $port
list_db = False
without_demo = False
log_level = warn
max_cron_threads = 0
CONF
}

# A database with `account` (and its demo data) installed, cached per Odoo tree: copying it takes a
# second where installing `account` takes a minute. `sms` is there too: account_dunning uses it
# when it is installed (SMS reminders), and the tests exercise that path.
TEMPLATE_MODULES=account,sms
ensure_template_db() {
  local conf=$1 key
  key=$( (cat "$ODOO_SRC/odoo/release.py" "$ODOO_SRC/addons/account/__manifest__.py"; echo "$TEMPLATE_MODULES") | sha256sum | cut -c1-10)
  TEMPLATE_DB="dunning_tpl_$key"
  if ! psql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$TEMPLATE_DB'" | grep -q 1; then
    log "building template database $TEMPLATE_DB ($TEMPLATE_MODULES + demo data; about a minute, once)"
    python "$ODOO_SRC/odoo-bin" -c "$conf" -d "$TEMPLATE_DB.tmp" -i "$TEMPLATE_MODULES" --stop-after-init \
      --log-level=warn || { dropdb --if-exists "$TEMPLATE_DB.tmp"; return 1; }
    psql -d postgres -qc "ALTER DATABASE \"$TEMPLATE_DB.tmp\" RENAME TO \"$TEMPLATE_DB\""
    if [ -d "$CACHE_DIR/data/filestore/$TEMPLATE_DB.tmp" ]; then
      rm -rf "$CACHE_DIR/data/filestore/$TEMPLATE_DB"
      mv "$CACHE_DIR/data/filestore/$TEMPLATE_DB.tmp" "$CACHE_DIR/data/filestore/$TEMPLATE_DB"
    fi
  fi
}

# Debian packages the commands need: PostgreSQL, Chromium for browser tours, gettext for the .po
# checks, poppler-utils to read PDFs back. Installed when missing and we are root.
ensure_debian_packages() {
  local need=()
  command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  command -v msgfmt >/dev/null 2>&1 || need+=(gettext)
  command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
  [ ${#need[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "installing Debian packages: ${need[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    log "missing Debian packages (install them): ${need[*]}"
  fi
}

# setup_addon_db DB CONF [PORT]: the venv, PostgreSQL, a database DB copied from the template (with
# its filestore) and account_dunning installed into it, with CONF written for odoo-bin and pytest.
setup_addon_db() {
  local db=$1 conf=$2 port=${3:-8069}
  ensure_venv
  ensure_postgres
  ensure_addons_link
  export PYTHONPATH="$ODOO_SRC:$REPO_DIR/scripts${PYTHONPATH:+:$PYTHONPATH}"
  write_conf "$conf" "$db" "$port"
  ensure_template_db "$conf"
  dropdb --if-exists "$db"
  rm -rf "$CACHE_DIR/data/filestore/$db"
  createdb -T "$TEMPLATE_DB" "$db"
  if [ -d "$CACHE_DIR/data/filestore/$TEMPLATE_DB" ]; then
    mkdir -p "$CACHE_DIR/data/filestore"
    cp -r "$CACHE_DIR/data/filestore/$TEMPLATE_DB" "$CACHE_DIR/data/filestore/$db"
  fi
  log "installing account_dunning into $db"
  python "$ODOO_SRC/odoo-bin" -c "$conf" -d "$db" -i account_dunning --stop-after-init \
    --log-level=warn 2>&1 | tee "$CACHE_DIR/install-$db.log"
  ! grep -qE ' (ERROR|CRITICAL) ' "$CACHE_DIR/install-$db.log"
}
