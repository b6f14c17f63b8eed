// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/quickfixes.h"

#include "core/extract/projectconfig.h"
#include "core/index/fuzzymatcher.h"
#include "core/project/linkrewriter.h"
#include "core/project/pageplanner.h"
#include "core/project/writer.h"
#include "core/util/text.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace storyloom {

namespace {

/** How many single-character insertions, deletions or substitutions turn `a` into `b` (Levenshtein). */
int editDistance(QStringView a, QStringView b)
{
    // One row of the table at a time: the names compared are short, the lists long.
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({ above + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1) });
            diagonal = above;
        }
    }
    return row[b.size()];
}

/** The front-matter keys whose values name entities. */
bool isReferenceKey(const QString &key)
{
    static const QStringList keys
        = { QStringLiteral("characters"), QStringLiteral("values"), QStringLiteral("pain_points"),
              QStringLiteral("goals"), QStringLiteral("stories"), QStringLiteral("project"), QStringLiteral("parent") };
    return keys.contains(key);
}

/** The type of entity a reference key names. */
EntityType typeOfKey(const QString &key)
{
    if (key == QLatin1String("characters"))
        return EntityType::Character;
    if (key == QLatin1String("values"))
        return EntityType::Value;
    if (key == QLatin1String("pain_points"))
        return EntityType::PainPoint;
    if (key == QLatin1String("goals"))
        return EntityType::Goal;
    if (key == QLatin1String("stories"))
        return EntityType::Story;
    if (key == QLatin1String("project"))
        return EntityType::Project;
    return EntityType::Page;
}

/** The 0-based index of the line closing the front matter, or -1 when the text has none. */
int frontMatterEnd(const QStringList &lines)
{
    if (lines.isEmpty() || lines.first().trimmed() != QLatin1String("---"))
        return -1;
    for (int i = 1; i < lines.size(); ++i) {
        if (lines.at(i).trimmed() == QLatin1String("---") || lines.at(i).trimmed() == QLatin1String("..."))
            return i;
    }
    return -1;
}

/** A YAML scalar as written, without its quotes. */
QStringView unquotedScalar(QStringView item, qsizetype *offset)
{
    QStringView trimmed = item.trimmed();
    *offset = item.indexOf(trimmed.isEmpty() ? QStringView(item) : trimmed);
    if (trimmed.size() >= 2
        && ((trimmed.front() == u'"' && trimmed.back() == u'"')
            || (trimmed.front() == u'\'' && trimmed.back() == u'\''))) {
        *offset += 1;
        return trimmed.mid(1, trimmed.size() - 2);
    }
    return trimmed;
}

} // namespace

QuickFixes::QuickFixes(Snapshot snapshot)
    : m_snapshot(std::move(snapshot))
{ }

QString QuickFixes::applied(const QString &text, const QList<TextReplacement> &replacements)
{
    QString result = text;
    for (auto it = replacements.crbegin(); it != replacements.crend(); ++it)
        result.replace(it->start, it->length, it->text);
    return result;
}

QList<QuickFix> QuickFixes::forLine(const QString &path, const QString &text, int line) const
{
    QList<QuickFix> fixes;
    if (!m_snapshot || line < 1)
        return fixes;
    const bool problem = std::any_of(m_snapshot->diagnostics().cbegin(), m_snapshot->diagnostics().cend(),
        [&](const Diagnostic &d) { return d.location.path == path && d.location.line == line; });
    if (!problem)
        return fixes;
    const QStringList lines = text.split(u'\n');
    if (line > lines.size())
        return fixes;
    qsizetype lineStart = 0;
    for (int i = 0; i < line - 1; ++i)
        lineStart += lines.at(i).size() + 1;
    const QString &lineText = lines.at(line - 1);
    const int end = frontMatterEnd(lines);
    if (line - 1 > 0 && line - 1 < end) {
        renameKey(path, lineText, lineStart, fixes);
        renameDuplicateId(path, lineText, lineStart, fixes);
        mendReferences(path, lines, line, lineStart, fixes);
    } else {
        mendLinks(path, lineText, lineStart, fixes);
    }
    return fixes;
}

void QuickFixes::renameKey(const QString &path, QStringView lineText, qsizetype lineStart, QList<QuickFix> &fixes) const
{
    static const QRegularExpression keyPattern(QStringLiteral("^([A-Za-z_][A-Za-z0-9_-]*)\\s*:"));
    const QRegularExpressionMatch match = keyPattern.matchView(lineText);
    if (!match.hasMatch())
        return;
    const QString key = match.captured(1);
    if (knownFrontMatterKeys().contains(key))
        return;
    QStringList known(knownFrontMatterKeys().cbegin(), knownFrontMatterKeys().cend());
    known.sort();
    for (const QString &candidate : std::as_const(known)) {
        if (editDistance(key, candidate) == 1)
            fixes.append({ tr("Rename '%1' to '%2'").arg(key, candidate), path,
                { { lineStart + match.capturedStart(1), key.size(), candidate } }, {} });
    }
}

void QuickFixes::renameDuplicateId(
    const QString &path, QStringView lineText, qsizetype lineStart, QList<QuickFix> &fixes) const
{
    static const QRegularExpression idPattern(QStringLiteral("^id\\s*:\\s*"));
    const QRegularExpressionMatch match = idPattern.matchView(lineText);
    if (!match.hasMatch())
        return;
    qsizetype offset = 0;
    const QStringView value = unquotedScalar(lineText.mid(match.capturedEnd()), &offset);
    // The check gave the second page of an id a free one: that is the smallest rename that stays unique.
    const Entity *entity = m_snapshot->entityForPath(path);
    if (!entity || value.isEmpty() || entity->id == value)
        return;
    fixes.append({ tr("Rename id '%1' to '%2'").arg(value.toString(), entity->id), path,
        { { lineStart + match.capturedEnd() + offset, value.size(), entity->id } }, {} });
}

void QuickFixes::mendReferences(
    const QString &path, const QStringList &lines, int line, qsizetype lineStart, QList<QuickFix> &fixes) const
{
    static const QRegularExpression keyPattern(QStringLiteral("^([A-Za-z_][A-Za-z0-9_-]*)\\s*:(.*)$"));
    const QString &lineText = lines.at(line - 1);
    const QRegularExpressionMatch match = keyPattern.match(lineText);
    if (!match.hasMatch() || !isReferenceKey(match.captured(1)))
        return;
    // Every value of the key, where it stands in the text: inline (`[a, b]` or `a`) or a block list below.
    struct Item
    {
        qsizetype start;
        QString name;
    };
    QList<Item> items;
    const QString value = match.captured(2);
    const qsizetype valueStart = lineStart + match.capturedStart(2);
    const QString trimmed = value.trimmed();
    if (!trimmed.isEmpty()) {
        qsizetype from = 0;
        qsizetype to = value.size();
        if (trimmed.startsWith(u'[') && trimmed.endsWith(u']')) {
            from = value.indexOf(u'[') + 1;
            to = value.lastIndexOf(u']');
        }
        qsizetype begin = from;
        for (qsizetype i = from; i <= to; ++i) {
            if (i == to || value.at(i) == u',') {
                qsizetype offset = 0;
                const QStringView name = unquotedScalar(QStringView(value).mid(begin, i - begin), &offset);
                if (!name.isEmpty())
                    items.append({ valueStart + begin + offset, name.toString() });
                begin = i + 1;
            }
        }
    } else {
        qsizetype start = lineStart + lineText.size() + 1;
        for (int i = line; i < lines.size(); ++i) {
            const QString &next = lines.at(i);
            const qsizetype dash = next.indexOf(u'-');
            if (dash < 0 || !next.left(dash).trimmed().isEmpty())
                break;
            qsizetype offset = 0;
            const QStringView name = unquotedScalar(QStringView(next).mid(dash + 1), &offset);
            if (!name.isEmpty())
                items.append({ start + dash + 1 + offset, name.toString() });
            start += next.size() + 1;
        }
    }
    for (const Item &item : std::as_const(items)) {
        if (resolves(item.name))
            continue;
        for (const Entity *entity : closest(item.name, 5)) {
            const QString reference = referenceTo(*entity);
            fixes.append({ tr("Change '%1' to '%2' (%3)").arg(item.name, reference, entity->title), path,
                { { item.start, item.name.size(), reference } }, {} });
        }
        if (match.captured(1) != QLatin1String("parent"))
            createPage(typeOfKey(match.captured(1)), StoryKind::None, item.name, {}, fixes);
    }
}

void QuickFixes::mendLinks(const QString &path, QStringView lineText, qsizetype lineStart, QList<QuickFix> &fixes) const
{
    static const QRegularExpression linkPattern(
        QStringLiteral("\\[([^\\]]*)\\]\\(\\s*<?([^)\\s>]+)>?(\\s+\"[^\"]*\")?\\s*\\)"));
    const QDir root(m_snapshot->rootPath());
    for (QRegularExpressionMatchIterator it = linkPattern.globalMatchView(lineText); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString url = match.captured(2);
        const QString target = resolveRelativeLink(path, url);
        if (target.isEmpty() || m_snapshot->entityForPath(target) || QFileInfo::exists(root.filePath(target)))
            continue;
        const QString stem = QFileInfo(target).completeBaseName();
        for (const Entity *entity : closest(stem, 5)) {
            if (!entity->ownFile || entity->source.path == path)
                continue;
            const QString link = LinkRewriter::relativeLink(path, entity->source.path);
            fixes.append({ tr("Link to '%1' (%2)").arg(entity->title, link), path,
                { { lineStart + match.capturedStart(2), url.size(), link } }, {} });
        }
        // The new page goes where the link points, typed like the pages beside it.
        EntityType type = EntityType::Page;
        StoryKind kind = StoryKind::None;
        const QString folder = folderOf(target);
        for (const Entity &e : m_snapshot->entities()) {
            if (e.ownFile && folderOf(e.source.path) == folder) {
                type = e.type;
                kind = e.kind;
                break;
            }
        }
        const QString text = match.captured(1).trimmed();
        createPage(type, kind, text.isEmpty() ? stem : text, target, fixes);
    }
}

void QuickFixes::createPage(
    EntityType type, StoryKind kind, const QString &title, const QString &path, QList<QuickFix> &fixes) const
{
    const PagePlanner planner(m_snapshot);
    const PagePlan plan = path.isEmpty() ? planner.plan(type, kind, title) : planner.planAt(type, kind, title, path);
    if (!plan.isValid())
        return;
    ProjectEdit edit = Writer(m_snapshot).planCreate(plan);
    if (!edit.isValid())
        return;
    fixes.append({ tr("Create page '%1' (%2)").arg(title, plan.path), plan.path, {}, std::move(edit) });
}

QString QuickFixes::referenceTo(const Entity &entity) const
{
    // The last part of the id, as authors write references (`characters: [alice]`), when it names no other.
    const QString segment = entity.id.section(u'/', -1);
    const bool unique = std::none_of(m_snapshot->entities().cbegin(), m_snapshot->entities().cend(),
        [&](const Entity &e) { return &e != &entity && (e.id == segment || e.id.section(u'/', -1) == segment); });
    return unique ? segment : entity.id;
}

bool QuickFixes::resolves(const QString &reference) const
{
    const QString wanted = reference.trimmed();
    if (m_snapshot->entity(wanted))
        return true;
    const QString folded = wanted.toCaseFolded();
    const QString slug = slugify(wanted);
    return std::any_of(m_snapshot->entities().cbegin(), m_snapshot->entities().cend(), [&](const Entity &e) {
        return e.title.toCaseFolded() == folded || slugify(e.title) == slug || e.id.section(u'/', -1) == wanted;
    });
}

QList<const Entity *> QuickFixes::closest(const QString &name, int limit) const
{
    struct Ranked
    {
        const Entity *entity;
        int distance;
        int score;
    };
    const QString slug = slugify(name);
    const FuzzyMatcher matcher(name);
    std::vector<Ranked> ranked;
    for (const Entity &e : m_snapshot->entities()) {
        if (e.type == EntityType::PainPoint && !e.ownFile)
            continue;
        const QString fileSlug = slugify(QFileInfo(e.source.path).completeBaseName());
        const int distance = std::min({ editDistance(slug, slugify(e.title)), editDistance(slug, fileSlug),
            editDistance(slug, e.id.section(u'/', -1)) });
        const std::optional<FuzzyMatcher::Match> match = matcher.match(e.title);
        // Near in spelling, or the letters typed all there in order (a shortened name).
        if (distance > std::max<qsizetype>(2, slug.size() / 3) && !match)
            continue;
        ranked.push_back({ &e, distance, match ? match->score : 0 });
    }
    std::sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        if (a.distance != b.distance)
            return a.distance < b.distance;
        if (a.score != b.score)
            return a.score > b.score;
        return a.entity->id < b.entity->id;
    });
    QList<const Entity *> result;
    for (const Ranked &r : ranked) {
        if (result.size() == limit)
            break;
        result.append(r.entity);
    }
    return result;
}

} // namespace storyloom
