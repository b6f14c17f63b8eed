// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
// storyloom-cli search: ranked full-text search over a project's index.
#include "commands.h"
#include "common.h"
#include "subcommand.h"

#include "core/index/indexdatabase.h"
#include "core/index/indexer.h"
#include "core/index/searcher.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace storyloom::cli {

namespace {

QString markedSnippet(const SearchHit &hit)
{
    QString text = hit.snippet;
    // Back to front, so earlier ranges stay valid.
    for (auto it = hit.highlights.crbegin(); it != hit.highlights.crend(); ++it) {
        text.insert(it->first + it->second, QStringLiteral("**"));
        text.insert(it->first, QStringLiteral("**"));
    }
    return text;
}

QJsonObject hitToJson(const SearchHit &hit)
{
    QJsonArray highlights;
    for (const auto &[start, length] : hit.highlights)
        highlights.append(QJsonArray { start, length });
    QJsonObject object { { QStringLiteral("id"), hit.entityId }, { QStringLiteral("title"), hit.title },
        { QStringLiteral("type"), toString(hit.type) }, { QStringLiteral("path"), hit.path },
        { QStringLiteral("line"), hit.line }, { QStringLiteral("snippet"), hit.snippet },
        { QStringLiteral("highlights"), highlights }, { QStringLiteral("score"), hit.score } };
    if (hit.type == EntityType::Story)
        object.insert(QStringLiteral("kind"), toString(hit.kind));
    return object;
}

} // namespace

int runSearch(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Search a project's text, best matches first. QUERY uses FTS5 syntax: words, \"phrases\", "
        "AND / OR / NOT, NEAR(a b), prefix*, title:word."));
    parser.addOption({ QStringLiteral("json"), QCoreApplication::translate("cli", "machine-readable output") });
    parser.addOption({ QStringLiteral("type"), QCoreApplication::translate("cli", "only entities of this type"),
        QStringLiteral("TYPE") });
    parser.addOption({ QStringLiteral("kind"),
        QCoreApplication::translate("cli", "only stories of this kind (status-quo, shiny-future)"),
        QStringLiteral("KIND") });
    parser.addOption({ QStringLiteral("limit"), QCoreApplication::translate("cli", "at most N hits (default 20)"),
        QStringLiteral("N"), QStringLiteral("20") });
    parser.addOption({ QStringLiteral("no-refresh"),
        QCoreApplication::translate("cli", "search the index as it is, without reading changed files first") });
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QCoreApplication::translate("cli", "the project's folder"));
    parser.addPositionalArgument(QStringLiteral("QUERY"), QCoreApplication::translate("cli", "what to look for"));
    if (auto code = parseArguments(parser, QStringLiteral("search"), arguments, 2, -1))
        return *code;

    SearchQuery query;
    QStringList positional = parser.positionalArguments();
    const QString path = positional.takeFirst();
    query.text = positional.join(QLatin1Char(' '));
    bool limitOk = false;
    query.limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || query.limit < 1) {
        err() << QCoreApplication::translate("cli", "storyloom-cli search: --limit needs a positive number") << '\n';
        return Usage;
    }
    for (const QString &name : parser.values(QStringLiteral("type"))) {
        const std::optional<EntityType> type = entityTypeFromString(name);
        if (!type) {
            err() << QCoreApplication::translate("cli", "storyloom-cli search: unknown type '%1'").arg(name) << '\n';
            return Usage;
        }
        query.types.append(*type);
    }
    if (parser.isSet(QStringLiteral("kind"))) {
        query.kind = storyKindFromString(parser.value(QStringLiteral("kind")));
        if (!query.kind || *query.kind == StoryKind::None) {
            err() << QCoreApplication::translate("cli", "storyloom-cli search: unknown story kind '%1'")
                         .arg(parser.value(QStringLiteral("kind")))
                  << '\n';
            return Usage;
        }
    }
    if (!QFileInfo(path).isDir()) {
        err() << QCoreApplication::translate("cli", "storyloom-cli: %1: no such folder").arg(path) << '\n';
        return Failure;
    }
    const QString root = QFileInfo(path).absoluteFilePath();
    if (!parser.isSet(QStringLiteral("no-refresh"))) {
        const IndexRefresh refresh = Indexer::refresh(root, { .load = {}, .verify = false, .wantSnapshot = false });
        if (!refresh.notice.isEmpty())
            err() << "storyloom-cli search: " << refresh.notice << '\n';
        if (!refresh.error.isEmpty())
            err() << "storyloom-cli search: " << refresh.error << '\n';
    }
    IndexDatabase::Opened opened = IndexDatabase::open(root);
    if (!opened.database) {
        err() << "storyloom-cli search: " << opened.error << '\n';
        return Failure;
    }
    const SearchResult result = Searcher(opened.database->connection(), root).search(query);
    if (!result.ok()) {
        err() << "storyloom-cli search: " << result.error << '\n';
        return result.syntaxError ? Usage : Failure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray hits;
        for (const SearchHit &hit : result.hits)
            hits.append(hitToJson(hit));
        printJson(hits);
        return Ok;
    }
    for (const SearchHit &hit : result.hits) {
        out() << hit.path << ':' << hit.line << ": " << hit.entityId << " — " << hit.title << '\n'
              << "    " << markedSnippet(hit) << '\n';
    }
    if (result.hits.isEmpty())
        err() << QCoreApplication::translate("cli", "no matches") << '\n';
    return Ok;
}

} // namespace storyloom::cli
