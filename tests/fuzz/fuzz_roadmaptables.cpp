// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The roadmap overview-table and metadata-table readers.
#include "fuzzcommon.h"

#include "core/extract/roadmaptable.h"
#include "core/parse/parseddocument.h"

using namespace storyloom;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialiseQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ParsedDocument document = parseDocument(bytes, QStringLiteral("src/roadmap.md"));
    if (const std::optional<OverviewTable> overview = readOverviewTable(document)) {
        fuzz::require(
            overview->deliverableColumn >= 0 && overview->stateColumn >= 0, "an overview table has its columns");
        fuzz::require(overview->line > 0, "an overview table has a line");
    }
    static const QStringList ownerRows { QStringLiteral("Owner"), QStringLiteral("Owner(s)"),
        QStringLiteral("Owners") };
    static const QStringList stateRows { QStringLiteral("Status"), QStringLiteral("State") };
    if (const std::optional<MetadataTable> metadata = readMetadataTable(document, ownerRows, stateRows))
        fuzz::require(metadata->line > 0, "a metadata table has a line");
    return 0;
}
