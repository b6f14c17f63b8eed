// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/extract/projectconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <yaml-cpp/yaml.h>

namespace storyloom {

namespace {
constexpr qint64 maxConfigSize = 1024 * 1024;

QByteArray readSmallFile(const QString &path)
{
    QFile file(path);
    if (file.size() > maxConfigSize || !file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString scalar(const YAML::Node &node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

void readRelations(ProjectConfig &config, const YAML::Node &list, const QString &name)
{
    if (!list)
        return;
    auto complain = [&](const YAML::Node &node, const QString &message) {
        config.diagnostics.append(
            Diagnostic::error({ name, int(node.Mark().line) + 1, int(node.Mark().column) + 1 }, message));
    };
    if (!list.IsSequence()) {
        complain(list,
            QCoreApplication::translate("storyloom", "'relations' must be a list of {source, kind, target, state}"));
        return;
    }
    for (const YAML::Node &node : list) {
        if (!node.IsMap()) {
            complain(node,
                QCoreApplication::translate(
                    "storyloom", "a relation must be a mapping (source:, kind:, target:, state:)"));
            continue;
        }
        ConfiguredRelation relation;
        relation.source = scalar(node["source"]).trimmed();
        relation.target = scalar(node["target"]).trimmed();
        relation.where = { name, int(node.Mark().line) + 1, int(node.Mark().column) + 1 };
        const std::optional<RelationKind> kind = relationKindFromString(scalar(node["kind"]));
        if (!kind) {
            complain(
                node, QCoreApplication::translate("storyloom", "unknown relation kind '%1'").arg(scalar(node["kind"])));
            continue;
        }
        relation.kind = *kind;
        const QString state = scalar(node["state"]).trimmed();
        if (state.isEmpty() || state == QLatin1String("accepted"))
            relation.decision = RelationDecision::Accepted;
        else if (state == QLatin1String("rejected"))
            relation.decision = RelationDecision::Rejected;
        else {
            complain(node,
                QCoreApplication::translate("storyloom", "a relation's state must be accepted or rejected, not '%1'")
                    .arg(state));
            continue;
        }
        if (relation.source.isEmpty() || relation.target.isEmpty()) {
            complain(node, QCoreApplication::translate("storyloom", "a relation needs a source and a target"));
            continue;
        }
        config.relations.append(relation);
    }
}

/**
 * The few keys of book.toml Storyloom reads: `key = "value"` lines by section. Not a TOML
 * parser: tables, arrays and multi-line strings are skipped.
 */
void readBookToml(ProjectConfig &config, const QByteArray &bytes)
{
    static const QRegularExpression section(QStringLiteral("^\\s*\\[([^\\]]+)\\]\\s*$"));
    static const QRegularExpression pair(QStringLiteral(
        "^\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|[A-Za-z0-9_.-]+)\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*(?:#.*)?$"));
    const QString toml = QString::fromUtf8(bytes);
    QString current;
    for (const QString &line : toml.split(u'\n')) {
        if (const QRegularExpressionMatch m = section.match(line); m.hasMatch()) {
            current = m.captured(1).trimmed();
            continue;
        }
        const QRegularExpressionMatch m = pair.match(line);
        if (!m.hasMatch())
            continue;
        QString key = m.captured(1);
        if (key.startsWith(u'"'))
            key = key.mid(1, key.size() - 2);
        const QString value = m.captured(2);
        if (current == QLatin1String("book") && key == QLatin1String("title"))
            config.title = value;
        else if (current == QLatin1String("book") && key == QLatin1String("language"))
            config.language = value;
        else if (current == QLatin1String("output.html") && key == QLatin1String("site-url"))
            config.site.siteUrl = value;
        else if (current == QLatin1String("output.html") && key == QLatin1String("git-repository-url"))
            config.site.repositoryUrl = value;
        else if (current == QLatin1String("output.html.redirect"))
            config.site.redirects.insert(key, value);
    }
}

void readNativeConfig(ProjectConfig &config, const QByteArray &bytes)
{
    const QString name = QStringLiteral("storyloom.yml");
    try {
        const YAML::Node yaml = YAML::Load(bytes.toStdString());
        if (!yaml.IsMap()) {
            if (!yaml.IsNull())
                config.diagnostics.append(Diagnostic::error({ name, 1, 1 },
                    QCoreApplication::translate(
                        "storyloom", "storyloom.yml must be a mapping (title:, content:, rules:)")));
            return;
        }
        if (yaml["title"] && yaml["title"].IsScalar())
            config.title = QString::fromStdString(yaml["title"].Scalar());
        if (const YAML::Node content = yaml["content"]) {
            config.contentDirs.clear();
            if (content.IsSequence()) {
                for (const YAML::Node &dir : content)
                    config.contentDirs.append(QString::fromStdString(dir.as<std::string>(".")));
            } else if (content.IsScalar()) {
                config.contentDirs.append(QString::fromStdString(content.Scalar()));
            }
        }
        if (yaml["templates"] && yaml["templates"].IsScalar())
            config.templatesDir = QString::fromStdString(yaml["templates"].Scalar());
        if (yaml["language"] && yaml["language"].IsScalar())
            config.language = QString::fromStdString(yaml["language"].Scalar());
        readRelations(config, yaml["relations"], name);
        // `views:` is read by the views that save themselves there; known here so it is not diagnosed.
        static const QStringList known = { QStringLiteral("title"), QStringLiteral("content"),
            QStringLiteral("templates"), QStringLiteral("rules"), QStringLiteral("title_prefixes"),
            QStringLiteral("morals_heading"), QStringLiteral("morals_remarks"), QStringLiteral("mention_sections"),
            QStringLiteral("owner_rows"), QStringLiteral("state_rows"), QStringLiteral("relation_types"),
            QStringLiteral("state_markers"), QStringLiteral("retells_heading"), QStringLiteral("relations"),
            QStringLiteral("language"), QStringLiteral("views"), QStringLiteral("title_fields") };
        for (const auto &pair : yaml) {
            const QString key = QString::fromStdString(pair.first.as<std::string>(""));
            if (!known.contains(key))
                config.diagnostics.append(
                    Diagnostic::warning({ name, int(pair.first.Mark().line) + 1, int(pair.first.Mark().column) + 1 },
                        QCoreApplication::translate("storyloom", "unknown key '%1' in storyloom.yml").arg(key)));
        }
    } catch (const YAML::Exception &e) {
        config.diagnostics.append(Diagnostic::error({ name, e.mark.line + 1, e.mark.column + 1 },
            QCoreApplication::translate("storyloom", "invalid YAML in storyloom.yml: %1")
                .arg(QString::fromStdString(e.msg))));
        return;
    }
    RuleSet::Loaded own = RuleSet::fromYaml(bytes, name);
    config.diagnostics += own.diagnostics;
    config.rules.prepend(own.rules);
}

} // namespace

const QSet<QString> &knownFrontMatterKeys()
{
    static const QSet<QString> keys = { QStringLiteral("type"), QStringLiteral("kind"), QStringLiteral("title"),
        QStringLiteral("id"), QStringLiteral("characters"), QStringLiteral("values"), QStringLiteral("pain_points"),
        QStringLiteral("goals"), QStringLiteral("stories"), QStringLiteral("state"), QStringLiteral("progress"),
        QStringLiteral("owners"), QStringLiteral("parent"), QStringLiteral("project"), QStringLiteral("tags"),
        QStringLiteral("date"), QStringLiteral("authors"), QStringLiteral("summary"), QStringLiteral("description"),
        rejectedRelationsKey() };
    return keys;
}

QString rejectedRelationsKey()
{
    return QStringLiteral("rejected");
}

std::optional<std::pair<RelationKind, QString>> readRejectedEntry(const QString &entry)
{
    const QString text = entry.trimmed();
    const qsizetype space = text.indexOf(u' ');
    if (space <= 0)
        return std::nullopt;
    const std::optional<RelationKind> kind = relationKindFromString(text.left(space));
    const QString target = text.mid(space + 1).trimmed();
    if (!kind || target.isEmpty())
        return std::nullopt;
    return std::pair { *kind, target };
}

QString rejectedEntry(RelationKind kind, const QString &targetReference)
{
    return toString(kind) + u' ' + targetReference;
}

ProjectConfig readProjectConfig(const QString &root)
{
    ConfigFiles files;
    files.exists = [&root](const QString &name) { return QFileInfo::exists(root + u'/' + name); };
    files.read = [&root](const QString &name) { return readSmallFile(root + u'/' + name); };
    return readProjectConfig(root, files);
}

ProjectConfig readProjectConfig(const QString &root, const ConfigFiles &files)
{
    ProjectConfig config;
    config.rules = RuleSet::builtIn();
    config.contentDirs = { QStringLiteral(".") };
    const bool hasOwnConfig = files.exists(QStringLiteral("storyloom.yml"));
    // book.toml with src/SUMMARY.md is an mdBook whatever else is there: a storyloom.yml beside
    // it adds rules and the user's relation decisions, and leaves the book's pages as they are.
    if (files.exists(QStringLiteral("book.toml")) && files.exists(QStringLiteral("src/SUMMARY.md"))) {
        config.format = ProjectFormat::MdBook;
        readBookToml(config, files.read(QStringLiteral("book.toml")));
        const QString bookTitle = config.title;
        if (hasOwnConfig)
            readNativeConfig(config, files.read(QStringLiteral("storyloom.yml")));
        config.contentDirs = { QStringLiteral("src") };
        config.templatesDir.clear();
        if (config.title.isEmpty())
            config.title = bookTitle;
    } else if (hasOwnConfig) {
        config.format = ProjectFormat::Native;
        config.templatesDir = QStringLiteral("templates");
        readNativeConfig(config, files.read(QStringLiteral("storyloom.yml")));
    }
    for (QString &dir : config.contentDirs) {
        dir = QDir::cleanPath(dir);
        if (dir.startsWith(QLatin1String("..")) || QDir::isAbsolutePath(dir)) {
            config.diagnostics.append(Diagnostic::error({ QStringLiteral("storyloom.yml"), 1, 1 },
                QCoreApplication::translate("storyloom", "content folder '%1' is outside the project; ignored")
                    .arg(dir)));
            dir = QStringLiteral(".");
        }
    }
    if (config.title.isEmpty())
        config.title = QFileInfo(root).fileName();
    return config;
}

} // namespace storyloom
