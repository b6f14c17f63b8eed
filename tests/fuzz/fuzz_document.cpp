// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Front matter + Markdown parse of one file (parseDocument), then what the
// extractors read from it: the SUMMARY reader and the roadmap table readers.
#include "fuzzcommon.h"

#include "parse/parseddocument.h"

#include <QDataStream>
#include <QIODevice>

using namespace storyloom;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialiseQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ParsedDocument document = parseDocument(bytes, QStringLiteral("stories/fuzz.md"));
    for (const Link &link : document.links)
        fuzz::require(link.line >= 0, "link lines are never negative");
    for (const Diagnostic &d : document.diagnostics)
        fuzz::require(d.location.path == QLatin1String("stories/fuzz.md"), "diagnostics name the file");

    // The index caches parses by hash: what is written must read back.
    QByteArray stored;
    {
        QDataStream out(&stored, QIODevice::WriteOnly);
        out << document;
    }
    ParsedDocument again;
    QDataStream in(stored);
    in >> again;
    fuzz::require(again.body == document.body && again.links.size() == document.links.size(), "a parse round-trips");
    return 0;
}
