#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Storyloom authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Says which tests of a ctest run were skipped, and why.

Reads the JUnit file of `ctest --output-junit FILE` and prints one line per
reason (the last line the skipped program printed, e.g. "corpus: ... not
found; skipped") with the tests it applies to. `./dev test` runs it last, so
a run without ../shared/corpus/wg-async ends by saying what it left out.

    tools/testsummary.py build/ctest-junit.xml
"""
import sys
import xml.etree.ElementTree as ET


def reason_of(case):
    """The skipped program's own last line, or ctest's note when it printed nothing."""
    out = case.findtext("system-out") or ""
    lines = [line.strip() for line in out.splitlines() if line.strip()]
    if lines:
        return lines[-1]
    skipped = case.find("skipped")
    return (skipped.get("message") if skipped is not None else None) or "no reason given"


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    try:
        root = ET.parse(sys.argv[1]).getroot()
    except (OSError, ET.ParseError) as error:
        print(f"no test summary: {error}", file=sys.stderr)
        return 1
    cases = root.iter("testcase")
    total = 0
    reasons = {}
    for case in cases:
        total += 1
        if case.find("skipped") is not None or case.get("status") == "notrun":
            reasons.setdefault(reason_of(case), []).append(case.get("name"))
    skipped = sum(len(names) for names in reasons.values())
    if not skipped:
        print(f"{total} tests run, none skipped")
        return 0
    print(f"{skipped} of {total} tests skipped:")
    for reason, names in sorted(reasons.items()):
        print(f"  {reason} ({len(names)}: {', '.join(sorted(names))})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
