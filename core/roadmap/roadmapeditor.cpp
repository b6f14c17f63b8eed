// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/roadmap/roadmapeditor.h"

#include "core/extract/projectconfig.h"
#include "core/parse/frontmatter.h"
#include "core/roadmap/metadatatablewriter.h"

#include <QCoreApplication>
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

/** One file of the project going from `before` (as read; nothing: a new file) to `after`, named for Undo. */
EditPlan fileEdit(const StoryGraph &graph, const QString &text, const QString &path,
    const std::optional<QByteArray> &before, const QByteArray &after)
{
    ProjectEdit edit(graph.rootPath(), text);
    edit.setPage(path);
    if (before)
        edit.modify(path, *before, after);
    else
        edit.create(path, after);
    return { std::move(edit), std::nullopt };
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
    const QString editText = tr("Edit %1").arg(goal->title);

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
        return fileEdit(graph, editText, goal->attributeSource.path, before, result.bytes);
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
        return fileEdit(graph, editText, goal->source.path, before, after);
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
        return fileEdit(graph, editText, goal->attributeSource.path, before, result.bytes);
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
    std::optional<QByteArray> before;
    if (QFileInfo::exists(path)) {
        before = readAll(path);
        if (!before)
            return failure({ pagePath, 0, 0 }, tr("cannot read %1").arg(pagePath));
    }
    OverviewTableOptions options;
    options.pageDir = QFileInfo(pagePath).path();
    if (options.pageDir == QLatin1StringView("."))
        options.pageDir.clear();
    const QByteArray current = before.value_or(QByteArray());
    options.referenceLabels = OverviewTableWriter::referenceLabels(current);
    const TextEditResult result
        = OverviewTableWriter::replaceMarkedTable(current, OverviewTableWriter::table(graph, options), pagePath);
    if (!result.ok())
        return { std::nullopt, result.error };
    return fileEdit(graph, tr("Regenerate overview table"), pagePath, before, result.bytes);
}

} // namespace storyloom
