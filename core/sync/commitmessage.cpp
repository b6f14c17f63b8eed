// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/commitmessage.h"

#include "core/sync/frontmattermerge.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace storyloom {

namespace {

QString describeType(EntityType type, StoryKind kind)
{
    if (type == EntityType::Story && kind != StoryKind::None)
        return CommitMessage::tr("%1 story").arg(displayName(kind).toLower());
    return displayName(type).toLower();
}

/** The value of a top-level `key:` in front matter YAML, unquoted. */
QString yamlValue(const QByteArray &yaml, const char *key)
{
    const QRegularExpression pattern(
        QStringLiteral("^%1:[ \\t]*(.*?)[ \\t]*$").arg(QLatin1StringView(key)), QRegularExpression::MultilineOption);
    const auto match = pattern.match(QString::fromUtf8(yaml));
    if (!match.hasMatch())
        return {};
    QString value = match.captured(1);
    if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') && value.back() == value.front())
        value = value.mid(1, value.size() - 2);
    return value;
}

/** The conventional folders of a vision document (mirrors the built-in rules). */
QString typeFromPath(const QString &path)
{
    const QString p = QLatin1Char('/') + path;
    if (p.contains(u"/status_quo/"))
        return describeType(EntityType::Story, StoryKind::StatusQuo);
    if (p.contains(u"/shiny_future/"))
        return describeType(EntityType::Story, StoryKind::ShinyFuture);
    if (p.contains(u"/characters/"))
        return describeType(EntityType::Character, StoryKind::None);
    if (p.contains(u"/roadmap/"))
        return describeType(EntityType::Goal, StoryKind::None);
    if (p.contains(u"/projects/"))
        return describeType(EntityType::Project, StoryKind::None);
    return describeType(EntityType::Page, StoryKind::None);
}

/** "😱 Status quo stories: Alan builds a cache" -> "Alan builds a cache". */
QString cleanHeading(QString heading)
{
    static const QRegularExpression prefix(
        QStringLiteral("^\\W*(status quo|shiny future) stor(y|ies)\\s*:\\s*|^\\W*projects?\\s*:\\s*"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    heading.remove(prefix);
    return heading.trimmed();
}

QString verb(ChangedFile::Kind kind)
{
    switch (kind) {
    case ChangedFile::Kind::Added:
        return CommitMessage::tr("add");
    case ChangedFile::Kind::Modified:
        return CommitMessage::tr("update");
    case ChangedFile::Kind::Deleted:
        return CommitMessage::tr("remove");
    case ChangedFile::Kind::Renamed:
        return CommitMessage::tr("move");
    }
    return {};
}

bool isMarkdown(const QString &path)
{
    return path.endsWith(u".md", Qt::CaseInsensitive) || path.endsWith(u".markdown", Qt::CaseInsensitive);
}

} // namespace

EntityDescription CommitMessage::describe(const QString &path, const QByteArray &text)
{
    EntityDescription d;
    QByteArray body = text;
    if (const auto split = FrontMatterMerge::split(text)) {
        body = split->body;
        d.title = yamlValue(split->yaml, "title");
        const auto type = entityTypeFromString(yamlValue(split->yaml, "type"));
        const auto kind = storyKindFromString(yamlValue(split->yaml, "kind"));
        if (type)
            d.what = describeType(*type, kind.value_or(StoryKind::None));
    }
    if (d.title.isEmpty()) {
        static const QRegularExpression heading(
            QStringLiteral("^#[ \\t]+(.+?)[ \\t#]*$"), QRegularExpression::MultilineOption);
        const auto match = heading.match(QString::fromUtf8(body));
        if (match.hasMatch())
            d.title = cleanHeading(match.captured(1));
    }
    if (d.title.isEmpty())
        d.title = QFileInfo(path).completeBaseName();
    if (d.what.isEmpty())
        d.what = typeFromPath(path);
    return d;
}

std::vector<ChangedFile> CommitMessage::parseNameStatus(const QByteArray &output, const QString &prefix)
{
    std::vector<ChangedFile> changes;
    const QList<QByteArray> fields = output.split('\0');
    auto relative = [&prefix](const QByteArray &path) {
        const QString p = QString::fromUtf8(path);
        return p.startsWith(prefix) ? p.mid(prefix.size()) : p;
    };
    for (qsizetype i = 0; i + 1 < fields.size(); ++i) {
        const QByteArray &status = fields[i];
        if (status.isEmpty())
            continue;
        ChangedFile change;
        switch (status[0]) {
        case 'A':
            change.kind = ChangedFile::Kind::Added;
            break;
        case 'D':
            change.kind = ChangedFile::Kind::Deleted;
            break;
        case 'R':
        case 'C':
            change.kind = ChangedFile::Kind::Renamed;
            break;
        default:
            change.kind = ChangedFile::Kind::Modified;
            break;
        }
        if (change.kind == ChangedFile::Kind::Renamed) {
            if (i + 2 >= fields.size())
                break;
            change.oldPath = relative(fields[++i]);
        }
        change.path = relative(fields[++i]);
        if (status[0] == 'C')
            change.kind = ChangedFile::Kind::Added;
        changes.push_back(change);
    }
    return changes;
}

QString CommitMessage::build(const std::vector<ChangedFile> &changes, const Snapshot &snapshot, const Reader &read)
{
    QStringList items;
    for (const ChangedFile &change : changes) {
        const bool deleted = change.kind == ChangedFile::Kind::Deleted;
        QString item;
        if (!isMarkdown(change.path)) {
            item = tr("%1 file: %2").arg(verb(change.kind), change.path);
        } else {
            EntityDescription d;
            const Entity *entity = (snapshot && !deleted) ? snapshot->entityForPath(change.path) : nullptr;
            if (entity && !entity->title.isEmpty()) {
                d = { describeType(entity->type, entity->kind), entity->title };
            } else {
                const auto text = read ? read(change.path, deleted) : std::nullopt;
                d = describe(change.path, text.value_or(QByteArray()));
            }
            item = tr("%1 %2: %3").arg(verb(change.kind), d.what, d.title);
        }
        if (!items.contains(item))
            items.append(item);
    }
    if (items.isEmpty())
        return tr("Update the vision document");
    auto capitalised = [](QString text) {
        if (!text.isEmpty())
            text[0] = text[0].toUpper();
        return text;
    };
    constexpr int shown = 3;
    QString subject = capitalised(items.mid(0, shown).join(QStringLiteral("; ")));
    if (items.size() > shown)
        subject += QCoreApplication::translate("CommitMessage", "; and %n more", nullptr, int(items.size() - shown));
    if (items.size() == 1)
        return subject;
    QString message = subject + QStringLiteral("\n\n");
    for (const QString &item : std::as_const(items))
        message += QStringLiteral("- ") + capitalised(item) + QLatin1Char('\n');
    return message;
}

} // namespace storyloom
