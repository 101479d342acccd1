#!/usr/bin/env bash
# Build the add-on's wheel the OCA way (whool) and install it into a clean virtualenv: a file the
# manifest loads but git does not track, or a broken pyproject.toml, fails here instead of on a
# user's `pip install odoo-addon-account_dunning`. Odoo itself is not installed (--no-deps).
#   bash scripts/check_wheel.sh   (needs the lint virtualenv; make test calls it)
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
ensure_lint_venv
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# whool names the wheel after the folder and packs what git tracks: build from a copy of the
# tracked files (as they are in the working tree) in a folder named account_dunning.
mkdir -p "$tmp/src/account_dunning"
(cd "$REPO_DIR" && git ls-files -z | xargs -0 cp --parents -t "$tmp/src/account_dunning")
WHOOL_POST_VERSION_STRATEGY_OVERRIDE=none \
  "$LINT_VENV/bin/pip" wheel -q --no-deps --no-build-isolation -w "$tmp/dist" "$tmp/src/account_dunning"
wheel=$(ls "$tmp"/dist/odoo_addon_account_dunning-*.whl)
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install -q --no-deps "$wheel"
"$tmp/venv/bin/python" - "$tmp/venv" <<'PY'
import ast, glob, sys
from pathlib import Path
site = Path(glob.glob(f"{sys.argv[1]}/lib/python3*/site-packages")[0])
addon = site / "odoo" / "addons" / "account_dunning"
manifest = ast.literal_eval((addon / "__manifest__.py").read_text())
files = manifest.get("data", []) + manifest.get("demo", [])
missing = [f for f in files if not (addon / f).is_file()]
missing += [p for p in ("dunning_core/__init__.py", "i18n/account_dunning.pot",
            "static/description/index.html") if not (addon / p).is_file()]
if missing:
    sys.exit(f"FAIL: the installed wheel lacks {', '.join(missing)}")
print(f"wheel: installs account_dunning {manifest['version']} with "
      f"{len(files)} data files")
PY
