// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/graphpalette.h"

#include <iterator>

namespace storyloom {

QString GraphPalette::nodeColor(EntityType type, StoryKind kind)
{
    switch (type) {
    case EntityType::Character:
        return QStringLiteral("#4e79a7");
    case EntityType::Value:
        return QStringLiteral("#b07aa1");
    case EntityType::Story:
        return kind == StoryKind::ShinyFuture ? QStringLiteral("#f1c232")
            : kind == StoryKind::StatusQuo    ? QStringLiteral("#9c755f")
                                              : QStringLiteral("#c9b18f");
    case EntityType::PainPoint:
        return QStringLiteral("#e15759");
    case EntityType::Goal:
        return QStringLiteral("#59a14f");
    case EntityType::Project:
        return QStringLiteral("#76b7b2");
    case EntityType::Page:
        return QStringLiteral("#bab0ac");
    }
    return QStringLiteral("#bab0ac");
}

NodeShape GraphPalette::nodeShape(EntityType type)
{
    switch (type) {
    case EntityType::Character:
        return NodeShape::Circle;
    case EntityType::Value:
        return NodeShape::Diamond;
    case EntityType::Story:
        return NodeShape::RoundedBox;
    case EntityType::PainPoint:
        return NodeShape::Triangle;
    case EntityType::Goal:
        return NodeShape::Hexagon;
    case EntityType::Project:
        return NodeShape::Box;
    case EntityType::Page:
        return NodeShape::Ellipse;
    }
    return NodeShape::Ellipse;
}

QString GraphPalette::relationColor(RelationKind kind)
{
    switch (kind) {
    case RelationKind::Features:
        return QStringLiteral("#4e79a7");
    case RelationKind::Mentions:
        return QStringLiteral("#8fb3d9"); // a paler features
    case RelationKind::Exposes:
        return QStringLiteral("#e15759");
    case RelationKind::Prioritises:
        return QStringLiteral("#b07aa1");
    case RelationKind::Hurts:
        return QStringLiteral("#d37295");
    case RelationKind::Addresses:
        return QStringLiteral("#59a14f");
    case RelationKind::Realises:
        return QStringLiteral("#c8a800");
    case RelationKind::PartOf:
        return QStringLiteral("#3b7a32");
    case RelationKind::SetIn:
        return QStringLiteral("#76b7b2");
    case RelationKind::Retells:
        return QStringLiteral("#f28e2b");
    case RelationKind::HitBy:
        return QStringLiteral("#ff9da7");
    case RelationKind::Links:
        return QStringLiteral("#9d9d9d");
    }
    return QStringLiteral("#9d9d9d");
}

LineStyle GraphPalette::relationStyle(RelationKind kind)
{
    switch (kind) {
    case RelationKind::Features:
    case RelationKind::Exposes:
    case RelationKind::Addresses:
        return LineStyle::Solid;
    case RelationKind::Prioritises:
    case RelationKind::Hurts:
    case RelationKind::HitBy:
        return LineStyle::Dashed;
    case RelationKind::Retells:
    case RelationKind::Realises:
    case RelationKind::PartOf:
        return LineStyle::DashDot;
    case RelationKind::Mentions:
    case RelationKind::SetIn:
    case RelationKind::Links:
        return LineStyle::Dotted;
    }
    return LineStyle::Dotted;
}

QList<double> GraphPalette::relationDashes(RelationKind kind)
{
    switch (kind) {
    case RelationKind::Features:
        return {};
    case RelationKind::Exposes:
        return { 8, 3 };
    case RelationKind::Addresses:
        return { 14, 3, 2, 3 };
    case RelationKind::Prioritises:
        return { 2, 2 };
    case RelationKind::Hurts:
        return { 6, 2, 2, 2, 2, 2 };
    case RelationKind::Realises:
        return { 12, 6 };
    case RelationKind::PartOf:
        return { 3, 6 };
    case RelationKind::SetIn:
        return { 1, 3 };
    case RelationKind::Retells:
        return { 8, 2, 8, 6 };
    case RelationKind::HitBy:
        return { 4, 2, 1, 2 };
    case RelationKind::Mentions:
        return { 1, 7 };
    case RelationKind::Links:
        return { 2, 4, 10, 4 };
    }
    return {};
}

namespace {

/** Graphviz's name for the kind of line a dash pattern draws. */
QString graphvizLineKind(const QList<double> &dashes)
{
    if (dashes.isEmpty())
        return QStringLiteral("solid");
    for (qsizetype i = 0; i < dashes.size(); i += 2) {
        if (dashes[i] > 2)
            return QStringLiteral("dashed");
    }
    return QStringLiteral("dotted");
}

} // namespace

GraphvizLine GraphPalette::relationGraphvizLine(RelationKind kind, Provenance provenance)
{
    // Closed heads only: Graphviz's hollow modifier `o` applies to these.
    static const char *const heads[] = { "normal", "diamond", "box", "dot", "inv" };
    constexpr int headCount = int(std::size(heads));
    GraphvizLine line;
    line.style = graphvizLineKind(relationDashes(kind));
    // The kind's rank among the kinds drawn with the same kind of line.
    int rank = 0;
    for (const RelationKind other : allRelationKinds) {
        if (other == kind)
            break;
        if (graphvizLineKind(relationDashes(other)) == line.style)
            ++rank;
    }
    line.arrowhead = QString::fromLatin1(heads[rank % headCount]);
    line.penWidth = 1.0 + 0.8 * (rank / headCount);
    if (provenance == Provenance::Derived)
        line.arrowhead.prepend(u'o');
    return line;
}

LineStyle GraphPalette::relationStyle(RelationKind kind, Provenance provenance)
{
    return provenance == Provenance::Derived ? LineStyle::DashDotDot : relationStyle(kind);
}

} // namespace storyloom
