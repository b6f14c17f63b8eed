#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Storyloom authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Rewrites project includes to name their layer: "sync/gitrepository.h"
becomes "core/sync/gitrepository.h", "sync/autosync.h" "ui/sync/autosync.h".

export/, roadmap/ and sync/ exist in both core/ and ui/; with the layer in
the path a reader (and the build, which only offers each target the headers
of the modules it declares) knows which one is meant.

Idempotent: run it again after a rebase (then ./dev format, whose include
sorting may move the rewritten lines). A path resolves as the compiler
resolved it before: from core/ only to core/, from anywhere else to ui/
first, then core/. Headers that moved when the core folders became
libraries (MOVED) are followed too.

usage: tools/include-by-layer.py [--check] [FILE...]
  (no FILE: every tracked .cpp and .h under core/, ui/, app/ and tests/)
  --check: change nothing, list the files that would change, exit 1 if any
"""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ("core", "ui")

# Headers that moved to another module to break include cycles: old path
# (without its layer) -> new path (with it). Only followed while the old
# file is gone.
MOVED = {
    "project/projectconfig.h": "core/extract/projectconfig.h",
    "project/projectscanner.h": "core/extract/projectscanner.h",
    "project/parsecache.h": "core/extract/parsecache.h",
    "project/projectloader.h": "core/extract/projectloader.h",
    "layout/graphdiagram.h": "core/export/graphdiagram.h",
}

INCLUDE = re.compile(r'^(\s*#\s*include\s+")([^"]+)(".*)$')
# `#if __has_include("sync/autosync.h")`: the same paths in a condition.
HAS_INCLUDE = re.compile(r'(__has_include\(\s*")([^"]+)("\s*\))')


def resolve(path: str, source: Path) -> str:
    first = path.split("/", 1)[0]
    if "/" not in path or path.startswith(".."):
        return path
    if first in LAYERS:
        # Already by layer; follow a move of the header within its layer.
        rest = path.split("/", 1)[1]
        if not (ROOT / path).exists() and rest in MOVED:
            return MOVED[rest]
        return path
    in_core = source.relative_to(ROOT).parts[0] == "core"
    order = ("core",) if in_core else ("ui", "core")
    for layer in order:
        if (ROOT / layer / path).is_file():
            return f"{layer}/{path}"
    if path in MOVED and not (ROOT / "core" / path).exists():
        return MOVED[path]
    return path


def rewrite(source: Path) -> str | None:
    text = source.read_text(encoding="utf-8")
    out = []
    for line in text.splitlines(keepends=True):
        m = INCLUDE.match(line)
        if m:
            line = m.group(1) + resolve(m.group(2), source) + m.group(3) + ("\n" if line.endswith("\n") else "")
        elif line.lstrip().startswith("#") and "__has_include" in line:
            line = HAS_INCLUDE.sub(lambda h: h.group(1) + resolve(h.group(2), source) + h.group(3), line)
        out.append(line)
    new = "".join(out)
    return new if new != text else None


def tracked_sources() -> list[Path]:
    names = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "--", "core", "ui", "app", "tests"],
        check=True, capture_output=True, text=True).stdout.split()
    return [ROOT / n for n in names if n.endswith((".cpp", ".h"))]


def main(argv: list[str]) -> int:
    check = "--check" in argv
    files = [Path(a).resolve() for a in argv if a != "--check"] or tracked_sources()
    changed = []
    for source in files:
        new = rewrite(source)
        if new is None:
            continue
        changed.append(source.relative_to(ROOT))
        if not check:
            source.write_text(new, encoding="utf-8")
    for name in changed:
        print(name)
    if check:
        return 1 if changed else 0
    print(f"include-by-layer: {len(changed)} files rewritten", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
