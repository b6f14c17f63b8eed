// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the page tests: whole-tree byte comparisons and an mdBook build of the result.

#include "testsupport.h"

#include <QMap>
#include <QStandardPaths>

namespace storyloom::test {

/** Every file under `root` (relative path -> bytes). */
[[nodiscard]] inline QMap<QString, QByteArray> readTree(const QString &root)
{
    QMap<QString, QByteArray> tree;
    const QDir base(root);
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            tree.insert(base.relativeFilePath(file.fileName()), file.readAll());
    }
    return tree;
}

[[nodiscard]] inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/**
 * The files that differ between two trees: changed, added (only in `after`) and removed
 * (only in `before`), sorted. Tests compare it with the files they meant to touch.
 */
[[nodiscard]] inline QStringList changedFiles(
    const QMap<QString, QByteArray> &before, const QMap<QString, QByteArray> &after)
{
    QStringList changed;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()) || after.value(it.key()) != it.value())
            changed.append(it.key());
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            changed.append(it.key());
    }
    changed.sort();
    return changed;
}

/** `mdbook`, or empty when it is not installed. */
[[nodiscard]] inline QString mdbookProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("mdbook"));
}

} // namespace storyloom::test
