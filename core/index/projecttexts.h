// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/index/documenttexts.h"

namespace storyloom {

/** The texts of a project's files, read from its folder. */
class ProjectTexts : public DocumentTexts
{
public:
    explicit ProjectTexts(QString root)
        : m_root(std::move(root))
    { }

    [[nodiscard]] QByteArray bodyOf(const QString &path) const override;

private:
    QString m_root;
};

} // namespace storyloom
