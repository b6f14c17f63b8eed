// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/entityclass.h"

#include <QCoreApplication>

namespace storyloom {

std::optional<EntityClass> EntityClass::fromString(QStringView name)
{
    QString normalised = name.trimmed().toString().toLower().replace(u'_', u'-').replace(u' ', u'-');
    if (normalised.endsWith(u"-stories"))
        normalised.chop(8);
    else if (normalised.endsWith(u"-story"))
        normalised.chop(6);
    if (auto kind = storyKindFromString(normalised); kind && *kind != StoryKind::None)
        return EntityClass { EntityType::Story, *kind };
    if (auto type = entityTypeFromString(normalised))
        return EntityClass { *type, std::nullopt };
    // Plurals: "stories", "characters", "pain-points".
    if (normalised.endsWith(u"ies")) {
        if (auto type = entityTypeFromString(QString(normalised.chopped(3) + u'y')))
            return EntityClass { *type, std::nullopt };
    }
    if (normalised.endsWith(u's')) {
        if (auto type = entityTypeFromString(normalised.chopped(1)))
            return EntityClass { *type, std::nullopt };
    }
    return std::nullopt;
}

QString EntityClass::name() const
{
    return kind && *kind != StoryKind::None ? toString(*kind) : toString(type);
}

QString EntityClass::title() const
{
    if (kind == StoryKind::StatusQuo)
        return QCoreApplication::translate("storyloom", "Status-quo stories");
    if (kind == StoryKind::ShinyFuture)
        return QCoreApplication::translate("storyloom", "Shiny-future stories");
    return pluralDisplayName(type);
}

} // namespace storyloom
