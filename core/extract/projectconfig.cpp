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

void readNativeConfig(ProjectConfig &config, const QString &root)
{
    const QString name = QStringLiteral("storyloom.yml");
    const QByteArray bytes = readSmallFile(root + u'/' + name);
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
        static const QStringList known = { QStringLiteral("title"), QStringLiteral("content"),
            QStringLiteral("templates"), QStringLiteral("rules"), QStringLiteral("title_prefixes"),
            QStringLiteral("morals_heading"), QStringLiteral("morals_remarks"), QStringLiteral("mention_sections"),
            QStringLiteral("owner_rows"), QStringLiteral("state_rows") };
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

QString bookTitle(const QString &root)
{
    static const QRegularExpression titleLine(
        QStringLiteral("^\\s*title\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\""), QRegularExpression::MultilineOption);
    const QString toml = QString::fromUtf8(readSmallFile(root + QStringLiteral("/book.toml")));
    const QRegularExpressionMatch match = titleLine.match(toml);
    return match.hasMatch() ? match.captured(1) : QString();
}
} // namespace

ProjectConfig readProjectConfig(const QString &root)
{
    ProjectConfig config;
    config.rules = RuleSet::builtIn();
    config.contentDirs = { QStringLiteral(".") };
    if (QFileInfo::exists(root + QStringLiteral("/storyloom.yml"))) {
        config.format = ProjectFormat::Native;
        config.templatesDir = QStringLiteral("templates");
        readNativeConfig(config, root);
    } else if (QFileInfo::exists(root + QStringLiteral("/book.toml"))
        && QFileInfo::exists(root + QStringLiteral("/src/SUMMARY.md"))) {
        config.format = ProjectFormat::MdBook;
        config.contentDirs = { QStringLiteral("src") };
        config.title = bookTitle(root);
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
