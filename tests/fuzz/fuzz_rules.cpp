// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The storyloom.yml rule reader (RuleSet::fromYaml), then classification with what it read.
#include "fuzzcommon.h"

#include "core/rules/ruleset.h"

using namespace storyloom;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialiseQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const RuleSet::Loaded loaded = RuleSet::fromYaml(bytes, QStringLiteral("storyloom.yml"));
    for (const Diagnostic &d : loaded.diagnostics)
        fuzz::require(d.location.path == QLatin1String("storyloom.yml"), "diagnostics name storyloom.yml");
    (void)loaded.rules.classify(
        QStringLiteral("src/status_quo/alan_wants.md"), QStringLiteral("😱 Status quo stories: Alan"));
    (void)loaded.rules.classify(QStringLiteral("src/roadmap/async_fn.md"), QString());
    return 0;
}
