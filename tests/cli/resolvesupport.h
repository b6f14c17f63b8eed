// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Short entity names on the command line: the checks test_cli_resolve and
// test_cli_resolve_corpus run on their projects.
#pragma once

#include "testsupport.h"

#include <QTest>

namespace storyloom::test {

/** The graph export as DOT, filtered by one entity option. */
[[nodiscard]] inline ProcessResult exportDot(const QString &project, const QString &option, const QString &name)
{
    return runCli({ QStringLiteral("export"), QStringLiteral("--graph"), QStringLiteral("--format"),
        QStringLiteral("dot"), QStringLiteral("-o"), QStringLiteral("-"), option, name, project });
}

/** Every short form of `id` gives the same export as the id itself. */
inline void checkShortForms(
    const QString &project, const QString &option, const QString &id, const QStringList &shortForms)
{
    const ProcessResult full = exportDot(project, option, id);
    QVERIFY2(full.exitCode == 0, full.err.constData());
    QVERIFY(!full.out.isEmpty());
    for (const QString &name : shortForms) {
        const ProcessResult result = exportDot(project, option, name);
        QVERIFY2(result.exitCode == 0, qPrintable(name + QStringLiteral(": ") + QString::fromUtf8(result.err)));
        QCOMPARE(result.out, full.out);
    }
}

} // namespace storyloom::test
