// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/relationdecisions.h"

#include "core/extract/projectconfig.h"
#include "core/model/entityresolver.h"
#include "core/parse/frontmatter.h"
#include "core/util/logging.h"

#include <QFile>

namespace storyloom {

namespace {
const QString configName = QStringLiteral("storyloom.yml");

WriteResult failed(const QString &message)
{
    qCWarning(lcProject).noquote() << message;
    return WriteResult::failure(message);
}

/** True for a line that holds a top-level key (no indent, no list item, no comment). */
bool isTopLevelKey(const QByteArray &line)
{
    return !line.isEmpty() && line.at(0) != ' ' && line.at(0) != '\t' && line.at(0) != '-' && line.at(0) != '#'
        && line.at(0) != '\r';
}
} // namespace

RelationDecisions::RelationDecisions(Snapshot snapshot)
    : m_snapshot(std::move(snapshot))
{ }

QList<Relation> RelationDecisions::rejected() const
{
    QList<Relation> result;
    auto add = [&result](RelationKind kind, const QString &from, const QString &to) {
        Relation relation;
        relation.kind = kind;
        relation.from = from;
        relation.to = to;
        result.append(relation);
    };
    const EntityResolver resolver(*m_snapshot);
    auto id = [&](const QString &reference) {
        const Entity *entity = resolver.resolve(reference).entity;
        return entity ? entity->id : QString();
    };
    for (const ConfiguredRelation &entry : readProjectConfig(m_snapshot->rootPath()).relations) {
        if (entry.decision != RelationDecision::Rejected)
            continue;
        const QString from = id(entry.source), to = id(entry.target);
        if (!from.isEmpty() && !to.isEmpty())
            add(entry.kind, from, to);
    }
    for (const Entity &entity : m_snapshot->entities()) {
        const QVariant list = entity.frontMatter.value(rejectedRelationsKey());
        if (!list.isValid())
            continue;
        const QStringList entries
            = list.typeId() == QMetaType::QVariantList ? list.toStringList() : QStringList { list.toString() };
        for (const QString &text : entries) {
            const std::optional<std::pair<RelationKind, QString>> entry = readRejectedEntry(text);
            const QString to = entry ? id(entry->second) : QString();
            if (!to.isEmpty())
                add(entry->first, entity.id, to);
        }
    }
    return result;
}

WriteResult RelationDecisions::accept(RelationKind kind, const QString &fromId, const QString &toId) const
{
    return decide(Verdict::Accepted, kind, fromId, toId);
}

WriteResult RelationDecisions::reject(RelationKind kind, const QString &fromId, const QString &toId) const
{
    return decide(Verdict::Rejected, kind, fromId, toId);
}

WriteResult RelationDecisions::decide(
    Verdict verdict, RelationKind kind, const QString &fromId, const QString &toId) const
{
    const Entity *from = m_snapshot->entity(fromId);
    const Entity *to = m_snapshot->entity(toId);
    if (!from || !to)
        return failed(tr("no entity '%1'").arg(from ? toId : fromId));
    // An mdBook's pages never change for a decision, and an entity inside a page has no front matter.
    if (m_snapshot->format() != ProjectFormat::Native || !from->ownFile)
        return writeConfigEntry(verdict, kind, *from, *to);
    const Writer writer(m_snapshot);
    const QString reference = EntityResolver(*m_snapshot).referenceFor(*to);
    QFile file(m_snapshot->rootPath() + u'/' + from->source.path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(tr("cannot read %1: %2").arg(from->source.path, file.errorString()));
    const FrontMatter fm = parseFrontMatter(file.readAll());
    QStringList rejections = fm.list(rejectedRelationsKey());
    const qsizetype before = rejections.size();
    rejections.removeIf([&](const QString &text) {
        const std::optional<std::pair<RelationKind, QString>> entry = readRejectedEntry(text);
        if (!entry || entry->first != kind)
            return false;
        const Entity *named = EntityResolver(*m_snapshot).resolve(entry->second).entity;
        return named && named->id == to->id;
    });
    if (verdict == Verdict::Accepted) {
        if (rejections.size() != before) {
            const WriteResult cleared = rejections.isEmpty()
                ? writer.removeFrontMatter(fromId, rejectedRelationsKey())
                : writer.setFrontMatter(fromId, rejectedRelationsKey(), rejections);
            if (!cleared.ok)
                return cleared;
        }
        if (Writer::frontMatterKey(kind, *from).isEmpty())
            return writeConfigEntry(verdict, kind, *from, *to);
        // The writer reads the file again, so both edits land.
        return writer.addRelation(kind, fromId, toId);
    }
    rejections.append(rejectedEntry(kind, reference));
    return writer.setFrontMatter(fromId, rejectedRelationsKey(), rejections);
}

WriteResult RelationDecisions::writeConfigEntry(
    Verdict verdict, RelationKind kind, const Entity &from, const Entity &to) const
{
    const QString root = m_snapshot->rootPath();
    QByteArray bytes;
    QFile file(root + u'/' + configName);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return failed(tr("cannot read %1: %2").arg(configName, file.errorString()));
        bytes = file.readAll();
        file.close();
    }
    const QByteArray state = verdict == Verdict::Accepted ? "accepted" : "rejected";
    const QByteArray entry = "- { source: " + yamlScalarOrList(from.id) + ", kind: " + toString(kind).toUtf8()
        + ", target: " + yamlScalarOrList(to.id) + ", state: " + state + " }";

    QList<QByteArray> lines = bytes.split('\n');
    if (!bytes.isEmpty() && bytes.endsWith('\n'))
        lines.removeLast();
    // An earlier entry for the same relation is changed in place: the later one would not win.
    const EntityResolver resolver(*m_snapshot);
    for (const ConfiguredRelation &old : readProjectConfig(root).relations) {
        const Entity *oldFrom = resolver.resolve(old.source).entity;
        const Entity *oldTo = resolver.resolve(old.target).entity;
        const qsizetype index = old.where.line - 1;
        if (old.kind != kind || oldFrom != &from || oldTo != &to || index < 0 || index >= lines.size())
            continue;
        const QByteArray line = lines.at(index);
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.startsWith("- {") || !trimmed.endsWith('}'))
            return failed(tr("%1 line %2 already decides this relation; edit it there").arg(configName).arg(index + 1));
        lines[index] = line.left(line.indexOf('-')) + entry;
        return Writer::writeFile(root, configName, lines.join('\n') + '\n');
    }

    qsizetype key = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).startsWith("relations:")) {
            key = i;
            break;
        }
    }
    if (key < 0) {
        lines << "relations:" << "  " + entry;
    } else {
        const QByteArray rest = lines.at(key).mid(qsizetype(qstrlen("relations:"))).trimmed();
        if (rest == "[]" || rest.isEmpty() || rest.startsWith('#')) {
            if (rest == "[]")
                lines[key] = "relations:";
            // After the list's last item: the block goes on until the next top-level key.
            qsizetype last = key;
            QByteArray indent = "  ";
            for (qsizetype i = key + 1; i < lines.size() && !isTopLevelKey(lines.at(i)); ++i) {
                const QByteArray trimmed = lines.at(i).trimmed();
                if (trimmed.isEmpty() || trimmed.startsWith('#'))
                    continue;
                if (last == key && trimmed.startsWith('-'))
                    indent = lines.at(i).left(lines.at(i).indexOf('-'));
                last = i;
            }
            lines.insert(last + 1, indent + entry);
        } else {
            return failed(tr("%1 writes relations: on one line; write it as a list to add to it").arg(configName));
        }
    }
    return Writer::writeFile(root, configName, lines.join('\n') + '\n');
}

} // namespace storyloom
