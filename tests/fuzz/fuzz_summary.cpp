// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The SUMMARY.md reader over arbitrary Markdown.
#include "fuzzcommon.h"

#include "core/parse/parseddocument.h"
#include "core/parse/summaryreader.h"

using namespace storyloom;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialiseQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ParsedDocument summary = parseDocument(bytes, QStringLiteral("src/SUMMARY.md"));
    const QList<SummaryEntry> entries = readSummary(summary);
    for (const SummaryEntry &entry : entries) {
        fuzz::require(!entry.path.startsWith(u'/'), "summary paths are relative");
        fuzz::require(entry.path.isEmpty() || entry.path.startsWith(QLatin1String("../"))
                || !entry.path.contains(QLatin1String("/../")),
            "summary paths are clean");
    }
    return 0;
}
