// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/projectkey.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace storyloom {

QString projectKey(const QString &projectRoot)
{
    const QFileInfo info(projectRoot);
    const QString canonical = info.canonicalFilePath();
    const QString path = canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
    // Twenty hex digits: the length the index files were named with, so they keep their names.
    return QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(20));
}

} // namespace storyloom
