// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The git status --porcelain=v2 -z parser over arbitrary tool output.
#include "fuzzcommon.h"

#include "core/sync/porcelainparser.h"

using namespace storyloom;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialiseQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const std::optional<RepositoryStatus> status = PorcelainParser::parse(bytes)) {
        (void)status->isClean();
        for (const StatusEntry *conflict : status->conflicts())
            fuzz::require(conflict && conflict->isConflicted(), "conflicts are unmerged entries");
    }
    return 0;
}
