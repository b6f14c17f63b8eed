// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/projecttexts.h"

#include "core/parse/frontmatter.h"

#include <QFile>

namespace storyloom {

QByteArray ProjectTexts::bodyOf(const QString &path) const
{
    QFile file(m_root + u'/' + path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    return bytes.mid(parseFrontMatter(bytes).blockLength);
}

} // namespace storyloom
