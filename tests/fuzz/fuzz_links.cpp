// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Link resolution: a resolved link is a clean relative path; it climbs out
// of the project with leading ".." only, never with ".." inside it, so a
// caller that refuses a leading "../" never leaves the project.
#include "fuzzcommon.h"

#include "core/util/text.h"

#include <QDir>

using namespace storyloom;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialiseQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The first line is the file the link is in, the rest the link.
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf(u'\n');
    QString from = newline < 0 ? QStringLiteral("src/status_quo/alan.md") : input.left(newline);
    const QString link = newline < 0 ? input : input.mid(newline + 1);
    // The caller always passes a clean path inside the project.
    from = QDir::cleanPath(from);
    if (from.isEmpty() || from.startsWith(u'/') || from.startsWith(QLatin1String("..")) || from == QLatin1String("."))
        from = QStringLiteral("src/status_quo/alan.md");

    const QString resolved = resolveRelativeLink(from, link);
    // "." is the project's own root (a link like "/."): inside, and harmless.
    if (resolved.isEmpty() || resolved == QLatin1String("."))
        return 0;
    fuzz::require(!resolved.startsWith(u'/'), "a resolved link is relative");
    const QStringList parts = resolved.split(u'/');
    bool inside = false;
    for (const QString &part : parts) {
        if (part == QLatin1String("..")) {
            fuzz::require(!inside, "'..' appears only at the start of a resolved link");
        } else {
            inside = true;
            fuzz::require(part != QLatin1String("."), "a resolved link is clean");
        }
    }
    return 0;
}
