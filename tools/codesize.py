#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Storyloom authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The sizes of the classes and functions the architecture issue (#24) names, side by side.

    tools/codesize.py [CHECKOUT...]     (default: this checkout)

One column per checkout, e.g. `tools/codesize.py /work/old .` for before and after. Members
are a class's member functions (deleted ones left out) and data members, nested types not
counted; lines run from a definition's first line to its closing brace. "-" means absent.
"""
import pathlib
import re
import sys

ITEMS = [
    ("IndexDatabase members (functions + data)", "members", "IndexDatabase"),
    ("GraphTables members", "members", "GraphTables"),
    ("SearchTables members", "members", "SearchTables"),
    ("PositionTables members", "members", "PositionTables"),
    ("SnapshotWriter members", "members", "SnapshotWriter"),
    ("indexdatabase.h + .cpp lines", "files", "core/index/indexdatabase.h core/index/indexdatabase.cpp"),
    ("IndexDatabase::write lines", "lines", r"IndexDatabase::write"),
    ("IndexDatabase::writeDocuments lines", "lines", r"IndexDatabase::writeDocuments"),
    ("SearchTables functions: count, longest", "longest", "SearchTables"),
    ("replaceBodies lines (moved, prose edits)", "lines", r"\w+::replaceBodies"),
    ("refreshOnce lines", "lines", r"refreshOnce"),
    ("RefreshRun functions: count, longest", "longest", "RefreshRun"),
    ("Indexer::refresh lines", "lines", r"Indexer::refresh"),
    ("IndexSchema::migrate lines (migrations)", "lines", r"IndexSchema::migrate"),
    ("includes without their layer (\"sync/x.h\")", "grep", r'^#include "(?!core/|ui/|storyloom/)\w+/'),
    ("qobject_cast<QTabWidget *> in ui/", "grep", r"qobject_cast<QTabWidget"),
    ("slugify definitions", "grep", r"^QString slugify\("),
    ("*Error types that are no Diagnostic", "grep", r"^(struct|class) \w*Error\b(?!\s*:\s*Diagnostic)"),
]

COMMENT_OR_STRING = re.compile(r'//[^\n]*|/\*.*?\*/|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'', re.S)


def blank(match):
    """Comments and literals keep their newlines but lose their braces and parentheses."""
    text = match.group(0)
    if text.startswith(("//", "/*")):
        return re.sub(r"[^\n]", " ", text)
    return text[0] + re.sub(r"[^\n]", " ", text[1:-1]) + text[-1]


def sources(root, folders=("core", "ui")):
    for folder in folders:
        for path in sorted((root / folder).rglob("*")):
            if path.suffix in (".h", ".cpp"):
                yield path, COMMENT_OR_STRING.sub(blank, path.read_text(encoding="utf-8"))


def matching(text, at, open_char="{", close_char="}"):
    """The index just past the bracket that closes the one at `at`."""
    depth = 0
    for i in range(at, len(text)):
        depth += text[i] == open_char
        depth -= text[i] == close_char
        if depth == 0:
            return i + 1
    return len(text)


def members(root, name):
    for _, text in sources(root):
        found = re.search(r"^(?:class|struct) " + name + r"\b(?!::)[^;{]*\{", text, re.M)
        if found:
            body = text[found.end():matching(text, found.end() - 1) - 1]
            break
    else:
        return "-"
    body = re.sub(r"\b(public|private|protected)\b(\s+Q_SLOTS)?\s*:|\bQ_SIGNALS\s*:", " ", body)
    body = re.sub(r"\bQ_[A-Z_]+\b(\s*\([^)]*\))?", " ", body)
    functions = data = 0
    statement, i = "", 0
    while i < len(body):
        char = body[i]
        if char == "{":
            end = matching(body, i)
            if "(" in statement:  # an inline function's body ends it
                functions += 1
                statement = ""
            elif re.match(r"\s*(struct|class|enum|union)\b", statement):
                statement = "@type"  # a nested type: a declarator may follow before the ';'
            i = end
            continue
        if char == ";":
            text = statement.strip()
            if text.startswith("@type"):
                data += bool(text[len("@type"):].strip())
            elif text and not re.match(r"(using|friend|enum|typedef|struct|class)\b", text):
                outer = re.sub(r"<[^<>]*>", "", re.sub(r"<[^<>]*>", "", text))  # std::function<void(int)> is data
                if "(" in outer.split("=")[0]:
                    functions += "= delete" not in text
                else:
                    data += 1
            statement = ""
        else:
            statement += char
        i += 1
    return f"{functions + data} ({functions} + {data})"


def definitions(root, pattern):
    """Line counts of the top-level definitions whose name matches `pattern`."""
    lengths = []
    for _, text in sources(root):
        for found in re.finditer(r"^[^\s#}][^;{}\n]*?\b(" + pattern + r")\s*\(", text, re.M):
            close = matching(text, found.end() - 1, "(", ")")
            brace, semicolon = text.find("{", close), text.find(";", close)
            if brace < 0 or (0 <= semicolon < brace):
                continue
            end = matching(text, brace)
            lengths.append(text.count("\n", found.start(), end) + 1)
    return lengths


def measure(root, kind, what):
    if kind == "members":
        return members(root, what)
    if kind == "files":
        counts = [len((root / name).read_text(encoding="utf-8").splitlines()) for name in what.split()]
        return " + ".join(map(str, counts))
    if kind == "lines":
        found = definitions(root, what)
        return " / ".join(map(str, found)) if found else "-"
    if kind == "longest":
        found = definitions(root, re.escape(what) + r"::~?\w+")
        return f"{len(found)}, {max(found)}" if found else "-"
    raw = [(path, path.read_text(encoding="utf-8")) for path, _ in sources(root)]
    return str(sum(len(re.findall(what, text, re.M)) for _, text in raw))


def main(argv):
    roots = [pathlib.Path(arg) for arg in argv] or [pathlib.Path(__file__).resolve().parent.parent]
    rows = [["", *(str(root) for root in roots)]]
    rows += [[label, *(measure(root, kind, what) for root in roots)] for label, kind, what in ITEMS]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())


if __name__ == "__main__":
    main(sys.argv[1:])
