"""Generate README.rst and static/description/index.html from the readme/ fragments.

The OCA layout: readme/DESCRIPTION.rst, CONFIGURE.rst, USAGE.rst, CONTRIBUTORS.rst are written by
hand; README.rst (read by the wheel's metadata and by Odoo's Apps page) and the HTML description
are generated from them and the manifest, never edited. ``--check`` fails when either differs
from a fresh generation (make test runs it).

    python scripts/gen_readme.py [--check]
"""

import ast
import sys
from pathlib import Path

from docutils.core import publish_string

ROOT = Path(__file__).resolve().parent.parent
SECTIONS = (
    ("DESCRIPTION", None),
    ("CONFIGURE", "Configuration"),
    ("USAGE", "Usage"),
    ("CONTRIBUTORS", "Contributors"),
)


def _rst_title(text, char):
    return f"{text}\n{char * len(text)}\n"


def generate():
    manifest = ast.literal_eval((ROOT / "__manifest__.py").read_text(encoding="utf-8"))
    name = manifest["name"]
    parts = [
        "..\n   This file is generated from readme/*.rst by scripts/gen_readme.py: edit those.\n",
        "=" * len(name) + f"\n{name}\n" + "=" * len(name) + "\n",
        f"**{manifest['summary']}**\n",
        f"Technical name: ``account_dunning`` | Version: ``{manifest['version']}`` | "
        f"License: {manifest['license']}\n",
    ]
    for fragment, title in SECTIONS:
        path = ROOT / "readme" / f"{fragment}.rst"
        if not path.exists():
            continue
        if title:
            parts.append(_rst_title(title, "="))
        parts.append(path.read_text(encoding="utf-8").strip() + "\n")
    parts.append(_rst_title("Maintainers", "="))
    parts.append(f"This module is maintained by {manifest['author']}.\n")
    readme = "\n".join(parts)
    html = publish_string(
        readme,
        writer_name="html",
        settings_overrides={
            "embed_stylesheet": False,
            "stylesheet_path": "",
            "report_level": 2,
            "halt_level": 2,
            "output_encoding": "unicode",
            "_disable_config": True,
        },
    )
    # Odoo 17+ warns on an XML declaration in a module description (ir_module._get_desc).
    html = html.split("?>", 1)[1].lstrip() if html.startswith("<?xml") else html
    return readme, html


def main(argv):
    readme, html = generate()
    targets = {ROOT / "README.rst": readme, ROOT / "static/description/index.html": html}
    if "--check" in argv:
        stale = [
            str(p.relative_to(ROOT))
            for p, text in targets.items()
            if not p.exists() or p.read_text(encoding="utf-8") != text
        ]
        if stale:
            print(f"FAIL: {', '.join(stale)} differ from readme/: run python scripts/gen_readme.py")
            return 1
        print("README.rst and static/description/index.html match readme/")
        return 0
    for path, text in targets.items():
        path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
