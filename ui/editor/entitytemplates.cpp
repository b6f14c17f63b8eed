// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/entitytemplates.h"

#include <QCoreApplication>

namespace storyloom {

namespace { } // namespace

QList<EntityTemplate> EntityTemplates::all()
{
    return {
        { EntityType::Story, StoryKind::StatusQuo, tr("Status Quo Story") },
        { EntityType::Story, StoryKind::ShinyFuture, tr("Shiny Future Story") },
        { EntityType::Character, StoryKind::None, tr("Character") },
        { EntityType::PainPoint, StoryKind::None, tr("Pain Point") },
        { EntityType::Goal, StoryKind::None, tr("Goal") },
    };
}

} // namespace storyloom
