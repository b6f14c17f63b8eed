// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/visiondiff.h"

#include "core/analysis/gapanalysis.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <tuple>

namespace storyloom {

namespace {

EntitySummary summarise(const Entity &e)
{
    return { e.id, e.type, e.kind, e.title, e.source.path };
}

QString fragmentOf(const QString &id)
{
    const qsizetype hash = id.indexOf(u'#');
    return hash < 0 ? QString() : id.mid(hash + 1);
}

QJsonValue nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue progressJson(const std::optional<double> &progress)
{
    return progress ? QJsonValue(*progress) : QJsonValue(QJsonValue::Null);
}

/**
 * The prose with whitespace, line wrapping and link targets folded away: reformatting a file
 * or moving what a link points to is no edit of its text.
 */
QString normalisedText(const Entity &e)
{
    static const QRegularExpression linkTarget(QStringLiteral("\\]\\([^)]*\\)"));
    static const QRegularExpression definition(
        QStringLiteral("^\\s*\\[[^\\]]+\\]:\\s*\\S.*$"), QRegularExpression::MultilineOption);
    QString text = QString::fromUtf8(e.body);
    text.replace(linkTarget, QStringLiteral("]"));
    text.remove(definition);
    return text.simplified();
}

int wordCount(const QString &normalised)
{
    return normalised.isEmpty() ? 0 : int(normalised.count(u' ')) + 1;
}

QSet<QString> unaddressedPainPoints(const StoryGraph &graph)
{
    QSet<QString> ids;
    for (const Gap &gap : GapAnalysis::find(graph, GapKind::UnaddressedPainPoint))
        ids.insert(gap.entityId);
    return ids;
}

QString relationKey(RelationKind kind, const QString &from, const QString &to, bool inferred)
{
    return toString(kind) + u'\x1f' + from + u'\x1f' + to + (inferred ? u'1' : u'0');
}

bool lessRelation(const RelationSummary &a, const RelationSummary &b)
{
    return std::tuple(a.source, toString(a.kind), a.target, a.inferred)
        < std::tuple(b.source, toString(b.kind), b.target, b.inferred);
}

} // namespace

VisionChanges VisionDiff::compare(
    const StoryGraph &before, const StoryGraph &after, const QHash<QString, QString> &renamedPaths)
{
    VisionChanges changes;

    // Which old entity is which new one: the same id, else the same place in a renamed file.
    QHash<QString, QString> newIdOf;
    QSet<QString> matchedNew;
    for (const Entity &e : before.entities()) {
        if (after.entity(e.id)) {
            newIdOf.insert(e.id, e.id);
            matchedNew.insert(e.id);
        }
    }
    QHash<QString, std::vector<const Entity *>> unmatchedNewByPath;
    for (const Entity &e : after.entities()) {
        if (!matchedNew.contains(e.id))
            unmatchedNewByPath[e.source.path].push_back(&e);
    }
    for (const Entity &e : before.entities()) {
        if (newIdOf.contains(e.id))
            continue;
        const auto renamed = renamedPaths.constFind(e.source.path);
        if (renamed == renamedPaths.cend())
            continue;
        for (const Entity *candidate : unmatchedNewByPath.value(*renamed)) {
            if (matchedNew.contains(candidate->id) || candidate->ownFile != e.ownFile
                || fragmentOf(candidate->id) != fragmentOf(e.id))
                continue;
            newIdOf.insert(e.id, candidate->id);
            matchedNew.insert(candidate->id);
            changes.renamed.push_back({ e.id, candidate->id });
            break;
        }
    }

    const QSet<QString> unaddressedBefore = unaddressedPainPoints(before);
    const QSet<QString> unaddressedAfter = unaddressedPainPoints(after);
    for (const Entity &old : before.entities()) {
        const auto mapped = newIdOf.constFind(old.id);
        if (mapped == newIdOf.cend()) {
            changes.removed.push_back(summarise(old));
            continue;
        }
        const Entity &now = *after.entity(*mapped);
        std::vector<FieldChange> fields;
        auto compareField = [&fields](const QString &name, const QJsonValue &a, const QJsonValue &b) {
            if (a != b)
                fields.push_back({ name, a, b });
        };
        compareField(QStringLiteral("type"), toString(old.type), toString(now.type));
        compareField(QStringLiteral("kind"), nullIfEmpty(toString(old.kind)), nullIfEmpty(toString(now.kind)));
        compareField(QStringLiteral("title"), old.title, now.title);
        compareField(QStringLiteral("path"), old.source.path, now.source.path);
        if (old.type == EntityType::Goal || now.type == EntityType::Goal) {
            compareField(QStringLiteral("state"), nullIfEmpty(toString(old.state)), nullIfEmpty(toString(now.state)));
            compareField(QStringLiteral("progress"), progressJson(old.progress), progressJson(now.progress));
            compareField(QStringLiteral("owners"), QJsonArray::fromStringList(old.owners),
                QJsonArray::fromStringList(now.owners));
        }
        // A parent renamed along with its child is no change of parent.
        compareField(
            QStringLiteral("parent"), nullIfEmpty(newIdOf.value(old.parent, old.parent)), nullIfEmpty(now.parent));
        if (old.type == EntityType::PainPoint && now.type == EntityType::PainPoint)
            compareField(
                QStringLiteral("addressed"), !unaddressedBefore.contains(old.id), !unaddressedAfter.contains(now.id));
        const QString oldText = normalisedText(old);
        const QString newText = normalisedText(now);
        if (oldText != newText)
            fields.push_back({ QStringLiteral("text"), wordCount(oldText), wordCount(newText) });
        if (!fields.empty()) {
            // Reported under the old id's field `parent` as the reader saw it.
            for (FieldChange &field : fields) {
                if (field.field == QLatin1String("parent"))
                    field.before = nullIfEmpty(old.parent);
            }
            changes.changed.push_back({ now.id, std::move(fields) });
        }
    }
    for (const Entity &e : after.entities()) {
        if (!matchedNew.contains(e.id))
            changes.added.push_back(summarise(e));
    }

    // Relations, with the old side's ids carried over renames so a renamed entity's relations stay.
    QSet<QString> oldKeys;
    for (const Relation &r : before.relations())
        oldKeys.insert(relationKey(r.kind, newIdOf.value(r.from, r.from), newIdOf.value(r.to, r.to), r.inferred()));
    QSet<QString> newKeys;
    for (const Relation &r : after.relations())
        newKeys.insert(relationKey(r.kind, r.from, r.to, r.inferred()));
    QSet<QString> reported;
    for (const Relation &r : before.relations()) {
        const QString mapped
            = relationKey(r.kind, newIdOf.value(r.from, r.from), newIdOf.value(r.to, r.to), r.inferred());
        if (!newKeys.contains(mapped) && !reported.contains(u'-' + mapped)) {
            reported.insert(u'-' + mapped);
            changes.relationsRemoved.push_back({ r.kind, r.from, r.to, r.inferred() });
        }
    }
    for (const Relation &r : after.relations()) {
        const QString key = relationKey(r.kind, r.from, r.to, r.inferred());
        if (!oldKeys.contains(key) && !reported.contains(u'+' + key)) {
            reported.insert(u'+' + key);
            changes.relationsAdded.push_back({ r.kind, r.from, r.to, r.inferred() });
        }
    }

    auto byId = [](const auto &a, const auto &b) { return a.id < b.id; };
    std::sort(changes.added.begin(), changes.added.end(), byId);
    std::sort(changes.removed.begin(), changes.removed.end(), byId);
    std::sort(changes.changed.begin(), changes.changed.end(), byId);
    std::sort(changes.renamed.begin(), changes.renamed.end(),
        [](const EntityRename &a, const EntityRename &b) { return a.from < b.from; });
    std::sort(changes.relationsAdded.begin(), changes.relationsAdded.end(), lessRelation);
    std::sort(changes.relationsRemoved.begin(), changes.relationsRemoved.end(), lessRelation);
    return changes;
}

QJsonObject VisionDiff::toJson(const EntitySummary &entity)
{
    return { { QStringLiteral("id"), entity.id }, { QStringLiteral("type"), toString(entity.type) },
        { QStringLiteral("kind"), nullIfEmpty(toString(entity.kind)) }, { QStringLiteral("title"), entity.title },
        { QStringLiteral("path"), entity.path } };
}

QJsonObject VisionDiff::toJson(const RelationSummary &relation)
{
    return { { QStringLiteral("kind"), toString(relation.kind) }, { QStringLiteral("source"), relation.source },
        { QStringLiteral("target"), relation.target }, { QStringLiteral("inferred"), relation.inferred } };
}

QJsonObject VisionDiff::toJson(const VisionChanges &changes)
{
    QJsonArray added, removed, renamed, changed, relationsAdded, relationsRemoved;
    for (const EntitySummary &e : changes.added)
        added.append(toJson(e));
    for (const EntitySummary &e : changes.removed)
        removed.append(toJson(e));
    for (const EntityRename &r : changes.renamed)
        renamed.append(QJsonObject { { QStringLiteral("from"), r.from }, { QStringLiteral("to"), r.to } });
    for (const EntityChange &c : changes.changed) {
        QJsonObject fields;
        for (const FieldChange &f : c.changes)
            fields.insert(f.field, QJsonArray { f.before, f.after });
        changed.append(QJsonObject { { QStringLiteral("id"), c.id }, { QStringLiteral("changes"), fields } });
    }
    for (const RelationSummary &r : changes.relationsAdded)
        relationsAdded.append(toJson(r));
    for (const RelationSummary &r : changes.relationsRemoved)
        relationsRemoved.append(toJson(r));
    return { { QStringLiteral("from"), changes.from }, { QStringLiteral("to"), nullIfEmpty(changes.to) },
        { QStringLiteral("entities"),
            QJsonObject { { QStringLiteral("added"), added }, { QStringLiteral("removed"), removed },
                { QStringLiteral("renamed"), renamed }, { QStringLiteral("changed"), changed } } },
        { QStringLiteral("relations"),
            QJsonObject {
                { QStringLiteral("added"), relationsAdded }, { QStringLiteral("removed"), relationsRemoved } } } };
}

} // namespace storyloom
