#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Storyloom authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reports what the translators still have to do, after lupdate ran.

`./dev translations` copies translations/*.ts, runs lupdate over the sources
(the update_translations target), then runs this script with the copies as
--before. Per language it prints the messages lupdate added, the obsolete ones
it dropped (the build runs lupdate with -no-obsolete), the unfinished and
vanished ones the file still holds, and lists every unfinished source text.
Exit status 1 while any message is unfinished, vanished or obsolete (so
test_translations would fail), 0 when every language is complete.

    tools/translations.py [--before DIR] translations/storyloom_de.ts ...
"""
import argparse
import os
import sys
import xml.etree.ElementTree as ET


def messages(path):
    """{(context, source, comment): translation type ('' when finished)} and the file's language."""
    root = ET.parse(path).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            found[key] = (translation.get("type") or "") if translation is not None else "unfinished"
    return root.get("language") or os.path.basename(path), found


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", help="folder with the .ts files as they were before lupdate ran")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()

    pending = 0
    for path in args.files:
        language, after = messages(path)
        before = {}
        if args.before and os.path.exists(os.path.join(args.before, os.path.basename(path))):
            before = messages(os.path.join(args.before, os.path.basename(path)))[1]
        added = [key for key in after if key not in before] if before else []
        dropped = [key for key in before if key not in after]
        unfinished = [key for key, kind in after.items() if kind == "unfinished"]
        vanished = [key for key, kind in after.items() if kind == "vanished"]
        obsolete = [key for key, kind in after.items() if kind == "obsolete"]
        pending += len(unfinished) + len(vanished) + len(obsolete)
        print(f"{language} ({os.path.basename(path)}): {len(after)} messages, {len(added)} new, "
              f"{len(unfinished)} unfinished, {len(dropped) + len(obsolete)} obsolete"
              f"{' (' + str(len(dropped)) + ' dropped by lupdate)' if dropped else ''}, {len(vanished)} vanished")
        for context, source, comment in unfinished:
            note = f"  [{comment}]" if comment else ""
            print(f"  unfinished: {context}: {source!r}{note}")
        for context, source, _ in vanished + obsolete:
            print(f"  no longer in the sources: {context}: {source!r}")
    if pending:
        print(f"{pending} messages to translate or remove: fill in each <translation type=\"unfinished\"> "
              "and remove the attribute, delete vanished and obsolete messages")
        return 1
    print("every translation is complete")
    return 0


if __name__ == "__main__":
    sys.exit(main())
