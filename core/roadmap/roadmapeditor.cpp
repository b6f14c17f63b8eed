// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/roadmap/roadmapeditor.h"

#include "core/extract/projectconfig.h"
#include "core/parse/frontmatter.h"
#include "core/project/writer.h"
#include "core/roadmap/metadatatablewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <cmath>

namespace storyloom {

namespace {
std::optional<QByteArray> readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

EditPlan failure(const SourceLocation &where, const QString &message)
{
    return { std::nullopt, Diagnostic::error(where, message) };
}

/** Moves an overview-table row under another goal: the row goes after that goal's last initiative, re-indented. */
TextEditResult moveRow(const QByteArray &file, const StoryGraph &graph, const Entity &goal, const QString &parentId)
{
    QList<QByteArray> lines = file.split('\n');
    const int from = goal.attributeSource.line - 1;
    if (from < 0 || from >= lines.size())
        return { {},
            Diagnostic::error(goal.attributeSource, RoadmapEditor::tr("the row is not in the file any more")) };
    const Entity *parent = parentId.isEmpty() ? nullptr : graph.entity(parentId);
    if (!parentId.isEmpty()
        && (!parent || parent->attributeOrigin != AttributeOrigin::OverviewTable
            || parent->attributeSource.path != goal.attributeSource.path))
        return { {},
            Diagnostic::error(
                goal.attributeSource, RoadmapEditor::tr("the new parent is not a goal of the same overview table")) };
    QString row = QString::fromUtf8(lines.at(from));
    // Re-indent the deliverable cell: strip the old marker, add the new one.
    static const QRegularExpression marker(QStringLiteral("^(\\s*\\|\\s*)((?:&nbsp;|\\s)*↳\\s*|🔻\\s*)?"));
    const QRegularExpressionMatch match = marker.match(row);
    if (match.hasMatch())
        row.replace(match.capturedStart(2), match.capturedLength(2),
            parent ? QStringLiteral("&nbsp;&nbsp;↳ ") : QStringLiteral("🔻 "));
    // The line (0-based, original numbering) the row goes after.
    int anchor = from;
    if (parent) {
        anchor = parent->attributeSource.line - 1;
        for (const Entity *child : graph.children(parent->id)) {
            if (child->id != goal.id && child->attributeSource.path == goal.attributeSource.path)
                anchor = std::max(anchor, child->attributeSource.line - 1);
        }
    } else {
        while (anchor + 1 < lines.size() && lines.at(anchor + 1).trimmed().startsWith('|'))
            ++anchor;
    }
    const QByteArray rowBytes = row.toUtf8();
    if (anchor == from) {
        lines[from] = rowBytes;
        return { lines.join('\n'), std::nullopt };
    }
    lines.removeAt(from);
    if (anchor > from)
        --anchor;
    lines.insert(std::clamp(anchor + 1, 0, int(lines.size())), rowBytes);
    return { lines.join('\n'), std::nullopt };
}
} // namespace

EditPlan RoadmapEditor::plan(const StoryGraph &graph, const QString &goalId, const GoalEdit &edit)
{
    const Entity *goal = graph.entity(goalId);
    if (!goal || goal->type != EntityType::Goal)
        return failure({}, tr("%1 is not a goal").arg(goalId));
    if (edit.isEmpty())
        return {};

    AttributeOrigin origin = goal->attributeOrigin;
    if (origin == AttributeOrigin::None && graph.format() == ProjectFormat::Native)
        origin = AttributeOrigin::FrontMatter;
    // The parent of an mdBook goal comes from the table's indentation; of a native one, from front matter.
    switch (origin) {
    case AttributeOrigin::OverviewTable: {
        const QString path = graph.rootPath() + u'/' + goal->attributeSource.path;
        const auto before = readAll(path);
        if (!before)
            return failure(goal->attributeSource, tr("cannot read %1").arg(goal->attributeSource.path));
        GoalEdit cells = edit;
        cells.parent.reset();
        TextEditResult result { *before, std::nullopt };
        if (!cells.isEmpty())
            result = OverviewTableWriter::rewriteRow(
                *before, goal->attributeSource.line, cells, goal->attributeSource.path);
        if (result.ok() && edit.parent && *edit.parent != goal->parent)
            result = moveRow(result.bytes, graph, *goal, *edit.parent);
        if (!result.ok())
            return { std::nullopt, result.error };
        return { FileChange { path, *before, result.bytes, graph.rootPath() }, std::nullopt };
    }
    case AttributeOrigin::FrontMatter: {
        if (!goal->ownFile)
            return failure(goal->source, tr("%1 has no file of its own to hold front matter").arg(goal->title));
        const QString path = graph.rootPath() + u'/' + goal->source.path;
        const auto before = readAll(path);
        if (!before)
            return failure(goal->source, tr("cannot read %1").arg(goal->source.path));
        QByteArray after = *before;
        if (edit.state)
            after = *edit.state == GoalState::Unknown
                ? removeFrontMatterKey(after, QStringLiteral("state"))
                : setFrontMatterValue(after, QStringLiteral("state"), toString(*edit.state));
        if (edit.progress)
            after = setFrontMatterValue(after, QStringLiteral("progress"), std::round(*edit.progress * 100.0) / 100.0);
        if (edit.owners)
            after = edit.owners->isEmpty() ? removeFrontMatterKey(after, QStringLiteral("owners"))
                                           : setFrontMatterValue(after, QStringLiteral("owners"), *edit.owners);
        if (edit.parent) {
            const Entity *parent = edit.parent->isEmpty() ? nullptr : graph.entity(*edit.parent);
            if (!edit.parent->isEmpty() && (!parent || parent->type != EntityType::Goal))
                return failure(goal->source, tr("%1 is not a goal").arg(*edit.parent));
            after = parent ? setFrontMatterValue(after, QStringLiteral("parent"), parent->id)
                           : removeFrontMatterKey(after, QStringLiteral("parent"));
        }
        return { FileChange { path, *before, after, graph.rootPath() }, std::nullopt };
    }
    case AttributeOrigin::MetadataTable: {
        const QString path = graph.rootPath() + u'/' + goal->attributeSource.path;
        const auto before = readAll(path);
        if (!before)
            return failure(goal->attributeSource, tr("cannot read %1").arg(goal->attributeSource.path));
        // Unchanged values are no edit (the view sends whole rows).
        GoalEdit cells = edit;
        if (cells.parent && *cells.parent == goal->parent)
            cells.parent.reset();
        if (cells.progress && goal->progress && qFuzzyCompare(*cells.progress, *goal->progress))
            cells.progress.reset();
        if (cells.isEmpty())
            return {};
        const RuleSet rules = readProjectConfig(graph.rootPath()).rules;
        const TextEditResult result = MetadataTableWriter::rewrite(*before, goal->attributeSource.line, cells,
            rules.ownerRows(), rules.stateRows(), goal->attributeSource.path);
        if (!result.ok())
            return { std::nullopt, result.error };
        return { FileChange { path, *before, result.bytes, graph.rootPath() }, std::nullopt };
    }
    case AttributeOrigin::None:
        break;
    }
    return failure(goal->source,
        tr("%1 has no roadmap attributes to edit (no overview-table row, no front matter)").arg(goal->title));
}

EditPlan RoadmapEditor::planRegenerate(const StoryGraph &graph, const QString &pagePath)
{
    const QString path = graph.rootPath() + u'/' + pagePath;
    QByteArray before;
    if (QFileInfo::exists(path)) {
        const auto bytes = readAll(path);
        if (!bytes)
            return failure({ pagePath, 0, 0 }, tr("cannot read %1").arg(pagePath));
        before = *bytes;
    }
    OverviewTableOptions options;
    options.pageDir = QFileInfo(pagePath).path();
    if (options.pageDir == QLatin1StringView("."))
        options.pageDir.clear();
    options.referenceLabels = OverviewTableWriter::referenceLabels(before);
    const TextEditResult result
        = OverviewTableWriter::replaceMarkedTable(before, OverviewTableWriter::table(graph, options), pagePath);
    if (!result.ok())
        return { std::nullopt, result.error };
    return { FileChange { path, before, result.bytes, graph.rootPath() }, std::nullopt };
}

std::optional<Diagnostic> RoadmapEditor::apply(const FileChange &change)
{
    const SourceLocation where { change.path, 0, 0 };
    if (QFileInfo::exists(change.path)) {
        const auto current = readAll(change.path);
        if (!current || *current != change.before)
            return Diagnostic::error(where, tr("%1 changed on disk; reload and try again").arg(change.path));
    } else if (!change.before.isEmpty()) {
        return Diagnostic::error(where, tr("%1 is gone").arg(change.path));
    }
    const WriteResult written
        = Writer::writeFile(change.root, QDir(change.root).relativeFilePath(change.path), change.after);
    if (!written.ok)
        return Diagnostic::error(where, written.error);
    return std::nullopt;
}

} // namespace storyloom
