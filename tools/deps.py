#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Storyloom authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The module graph of core/ (`./dev deps`).

Reads two things and checks that they agree:
- what each core/<module>/CMakeLists.txt declares with
  target_link_libraries(storyloom-<module> PUBLIC ... PRIVATE ...);
- what the module's files include ("core/<other>/x.h").

Prints each module with the modules it depends on, lowest first, and exits 1
on a cycle among the declared dependencies, on an include of a module that is
not declared (the build usually refuses it too, but not when the header is
reachable through another module's PUBLIC dependency), on a header including
a module declared only PRIVATE, on an include of a header that is not listed
in its module's sources, on a relative include that climbs out of its folder
("../"), on a core/ file that includes ui/, and on a __has_include() of a
project header that does not exist (it would quietly be false).
Declared dependencies that no include uses are printed as notes.

usage: tools/deps.py [--dot]
"""

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "core"
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.MULTILINE)
LINK = re.compile(r"target_link_libraries\(\s*storyloom-([a-z0-9]+)\s+(.*?)\)", re.DOTALL)
MODULE_CALL = re.compile(r"storyloom_core_module\(\s*([a-z0-9]+)\s+(.*?)\)", re.DOTALL)


def read_modules():
    """module -> {'public': set, 'private': set, 'sources': set}"""
    modules = {}
    for cmake in sorted(CORE.glob("*/CMakeLists.txt")):
        text = re.sub(r"#.*", "", cmake.read_text(encoding="utf-8"))
        call = MODULE_CALL.search(text)
        if not call:
            continue
        name = call.group(1)
        sources = set()
        words = call.group(2).split()
        mode = None
        for word in words:
            if word in ("SOURCES", "ALONE"):
                mode = word
            elif mode == "SOURCES":
                sources.add(word)
        deps = {"public": set(), "private": set(), "sources": sources, "folder": cmake.parent.name}
        for link in LINK.finditer(text):
            if link.group(1) != name:
                continue
            scope = "public"
            for word in link.group(2).split():
                if word in ("PUBLIC", "INTERFACE"):
                    scope = "public"
                elif word == "PRIVATE":
                    scope = "private"
                elif word.startswith("storyloom-"):
                    deps[scope].add(word[len("storyloom-"):])
        modules[name] = deps
    return modules


def find_cycle(graph):
    """A list of modules forming a cycle, or None."""
    state = {}
    stack = []

    def visit(node):
        state[node] = "open"
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = "done"
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def layers(graph):
    """Modules ordered lowest first (by the length of their longest path down)."""
    depth = {}

    def d(node, seen=()):
        if node in depth:
            return depth[node]
        if node in seen:
            return 0
        depth[node] = 1 + max((d(n, seen + (node,)) for n in graph.get(node, ()) if n in graph), default=-1)
        return depth[node]

    for node in graph:
        d(node)
    return sorted(graph, key=lambda n: (depth[n], n))


def main(argv):
    modules = read_modules()
    errors = []
    notes = []
    if not modules:
        print("deps: no storyloom_core_module() in core/*/CMakeLists.txt", file=sys.stderr)
        return 1
    for name, info in modules.items():
        if info["folder"] != name:
            errors.append(f"core/{info['folder']}/CMakeLists.txt: module '{name}' should be named after its folder")
        for dep in sorted(info["public"] | info["private"]):
            if dep not in modules:
                errors.append(f"core/{name}/CMakeLists.txt: depends on storyloom-{dep}, which is no core module")
    declared = {name: info["public"] | info["private"] for name, info in modules.items()}

    used = {name: set() for name in modules}
    for name in modules:
        for source in sorted((CORE / name).rglob("*")):
            if source.suffix not in (".cpp", ".h"):
                continue
            rel = source.relative_to(ROOT)
            text = source.read_text(encoding="utf-8")
            for lineno, include in (
                (text.count("\n", 0, m.start()) + 1, m.group(1)) for m in INCLUDE.finditer(text)
            ):
                where = f"{rel}:{lineno}"
                if include.startswith("../"):
                    errors.append(f"{where}: relative include \"{include}\": include by layer (core/<module>/...)")
                    continue
                parts = include.split("/")
                if parts[0] == "ui":
                    errors.append(f"{where}: core includes the user interface (\"{include}\")")
                    continue
                if parts[0] != "core" or len(parts) < 3:
                    continue
                target = parts[1]
                if target not in modules:
                    errors.append(f"{where}: \"{include}\": no core module '{target}'")
                    continue
                if "/".join(parts[2:]) not in modules[target]["sources"]:
                    errors.append(f"{where}: \"{include}\" is not in the sources of core/{target}/CMakeLists.txt")
                if target == name:
                    continue
                used[name].add(target)
                if target not in declared[name]:
                    errors.append(f"{where}: includes core/{target} but storyloom-{name} does not declare storyloom-{target}")
                elif source.suffix == ".h" and target not in modules[name]["public"]:
                    errors.append(
                        f"{where}: a header includes core/{target}, so storyloom-{name} must declare it PUBLIC"
                    )
    # __has_include() of a missing header is false, not an error: a stale or layerless
    # path would quietly leave code out.
    has_include = re.compile(r'__has_include\(\s*"([^"]+)"\s*\)')
    folders = {p.name for layer in ("core", "ui") for p in (ROOT / layer).iterdir() if p.is_dir()}
    for top in ("core", "ui", "app", "tests"):
        for source in sorted((ROOT / top).rglob("*")):
            if source.suffix not in (".cpp", ".h"):
                continue
            text = source.read_text(encoding="utf-8", errors="replace")
            for m in has_include.finditer(text):
                path = m.group(1)
                first = path.split("/", 1)[0]
                where = f"{source.relative_to(ROOT)}:{text.count(chr(10), 0, m.start()) + 1}"
                if first in ("core", "ui") and not (ROOT / path).is_file():
                    errors.append(f"{where}: __has_include(\"{path}\") names no header: it is always false")
                elif first in folders and "/" in path:
                    errors.append(f"{where}: __has_include(\"{path}\"): name the layer (tools/include-by-layer.py)")

    for name in modules:
        for dep in sorted(declared[name] - used[name]):
            notes.append(f"storyloom-{name} declares storyloom-{dep} but includes none of its headers")

    cycle = find_cycle(declared)
    if cycle:
        errors.append("cycle: " + " -> ".join(cycle))

    order = layers(declared) if not cycle else sorted(declared)
    if "--dot" in argv:
        print("digraph modules {")
        for name in order:
            for dep in sorted(declared[name]):
                print(f"  \"{name}\" -> \"{dep}\";")
        print("}")
    else:
        width = max(len(n) for n in modules)
        for name in order:
            deps = sorted(declared[name], key=order.index) if not cycle else sorted(declared[name])
            shown = ", ".join(d if d in modules[name]["public"] else f"({d})" for d in deps)
            print(f"{name:<{width}} -> {shown}")
        print("(module) = PRIVATE: only its sources include it; lowest first")
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    if errors:
        print(f"deps: {len(errors)} problem(s)", file=sys.stderr)
        return 1
    print(f"deps: {len(modules)} modules, no cycle, every include declared", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
