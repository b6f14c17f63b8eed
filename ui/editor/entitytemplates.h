// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/types.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace storyloom {

/** One kind of entity File > New can create; PagePlanner decides its place and text. */
struct EntityTemplate
{
    EntityType type = EntityType::Page;
    StoryKind kind = StoryKind::None;
    /** Menu text, translated. */
    QString label;
};

/** The kinds of entity File > New offers, in menu order. */
class EntityTemplates
{
    Q_DECLARE_TR_FUNCTIONS(storyloom::EntityTemplates)

public:
    [[nodiscard]] static QList<EntityTemplate> all();
};

} // namespace storyloom
