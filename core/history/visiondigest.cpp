// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/visiondigest.h"

#include "core/analysis/gapanalysis.h"

#include <QSet>

namespace storyloom {

namespace {

QString link(const QString &title, const QString &path)
{
    QString text = title;
    text.replace(u'[', QStringLiteral("\\[")).replace(u']', QStringLiteral("\\]"));
    QString target = path;
    target.replace(u' ', QStringLiteral("%20"))
        .replace(u'(', QStringLiteral("%28"))
        .replace(u')', QStringLiteral("%29"));
    return u'[' + text + QStringLiteral("](") + target + u')';
}

QString entityLink(const Entity &e)
{
    return link(e.title, e.source.path);
}

QString stateName(const QJsonValue &value)
{
    const std::optional<GoalState> state = goalStateFromString(value.toString());
    return state && *state != GoalState::Unknown ? displayName(*state) : displayName(GoalState::Unknown);
}

void section(QString &out, const QString &heading, const QStringList &items)
{
    if (items.isEmpty())
        return;
    out += QStringLiteral("\n## ") + heading + QStringLiteral("\n\n");
    for (const QString &item : items)
        out += QStringLiteral("- ") + item + u'\n';
}

} // namespace

QString VisionDigest::write(
    const VisionChanges &changes, const StoryGraph &after, const QString &fromLabel, const QString &toLabel)
{
    QString out = QStringLiteral("# ") + tr("Vision changes from %1 to %2").arg(fromLabel, toLabel) + u'\n';

    QStringList goals;
    QStringList addressed;
    for (const EntityChange &change : changes.changed) {
        const Entity *e = after.entity(change.id);
        if (!e)
            continue;
        for (const FieldChange &field : change.changes) {
            if (field.field == QLatin1String("state") && e->type == EntityType::Goal) {
                QString item = tr("%1: %2 → %3").arg(entityLink(*e), stateName(field.before), stateName(field.after));
                if (!e->owners.isEmpty())
                    item += u' ' + tr("(owners: %1)").arg(e->owners.join(QStringLiteral(", ")));
                goals.append(item);
            } else if (field.field == QLatin1String("addressed") && field.after.toBool()) {
                addressed.append(entityLink(*e));
            }
        }
    }
    QStringList stories;
    QStringList painPoints;
    for (const EntitySummary &added : changes.added) {
        if (added.type == EntityType::Story)
            stories.append(added.kind == StoryKind::None
                    ? link(added.title, added.path)
                    : tr("%1 (%2)").arg(link(added.title, added.path), displayName(added.kind).toLower()));
        else if (added.type == EntityType::PainPoint)
            painPoints.append(link(added.title, added.path));
    }
    QStringList open;
    QSet<QString> unaddressed;
    for (const Gap &gap : GapAnalysis::find(after, GapKind::UnaddressedPainPoint)) {
        unaddressed.insert(gap.entityId);
        if (const Entity *e = after.entity(gap.entityId))
            open.append(entityLink(*e));
    }
    // A pain point that came and was answered since is newly addressed too.
    for (const EntitySummary &added : changes.added) {
        if (added.type == EntityType::PainPoint && !unaddressed.contains(added.id))
            addressed.append(link(added.title, added.path));
    }

    section(out, tr("Goals that changed state"), goals);
    section(out, tr("New stories"), stories);
    section(out, tr("New pain points"), painPoints);
    section(out, tr("Pain points newly addressed"), addressed);
    section(out, tr("Pain points still open"), open);
    if (goals.isEmpty() && stories.isEmpty() && painPoints.isEmpty() && addressed.isEmpty() && open.isEmpty())
        out += u'\n' + tr("No goal, story or pain point changed.") + u'\n';
    return out;
}

} // namespace storyloom
