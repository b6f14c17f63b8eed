// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "common.h"
#include "subcommand.h"

#include "ui/preview/markdownrenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace storyloom::cli {

namespace {
/** The file an ENTITY-ID|PATH argument names: an entity of the snapshot first, else a path in the project. */
QString resolveFile(const Snapshot &graph, const QString &root, const QString &argument)
{
    if (graph) {
        if (const Entity *entity = graph->entity(argument))
            return QDir(root).absoluteFilePath(entity->source.path);
    }
    for (const QString &candidate : { argument, QDir(root).absoluteFilePath(argument) }) {
        const QFileInfo info(candidate);
        if (info.isFile())
            return info.absoluteFilePath();
    }
    return {};
}
} // namespace

int runRender(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Write the preview HTML of one entity to stdout (the pipeline the editor's preview uses)."));
    parser.addOption({ QStringLiteral("standalone"),
        QCoreApplication::translate("cli", "a complete HTML document with the style sheet") });
    parser.addOption({ QStringLiteral("dark"), QCoreApplication::translate("cli", "use the dark colours") });
    parser.addOption(
        { QStringLiteral("no-anchors"), QCoreApplication::translate("cli", "leave out the source-line anchors") });
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QCoreApplication::translate("cli", "the project's folder"));
    parser.addPositionalArgument(QStringLiteral("ENTITY"),
        QCoreApplication::translate("cli", "an entity id, or a file's path (relative to the project or absolute)"));
    if (auto code = parseArguments(parser, QStringLiteral("render"), arguments, 2, 2))
        return *code;
    const QString root = QFileInfo(parser.positionalArguments().at(0)).absoluteFilePath();
    const QString target = parser.positionalArguments().at(1);
    const Snapshot graph = loadProjectOrComplain(root);
    if (!graph)
        return Failure;
    const QString path = resolveFile(graph, root, target);
    if (path.isEmpty()) {
        err() << QCoreApplication::translate("cli", "storyloom-cli render: %1: no such entity or file").arg(target)
              << '\n';
        return Failure;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << QCoreApplication::translate("cli", "storyloom-cli render: %1: %2").arg(path, file.errorString())
              << '\n';
        return Failure;
    }
    RenderOptions options;
    options.theme = parser.isSet(QStringLiteral("dark")) ? PreviewTheme::Dark : PreviewTheme::Light;
    options.projectRoot = root;
    options.fileDir = QFileInfo(path).absolutePath();
    options.sourceAnchors = !parser.isSet(QStringLiteral("no-anchors"));
    const RenderResult result = MarkdownRenderer::render(QString::fromUtf8(file.readAll()), options);
    if (parser.isSet(QStringLiteral("standalone"))) {
        const QString title = result.title.isEmpty() ? QFileInfo(path).completeBaseName() : result.title;
        out() << MarkdownRenderer::standaloneHtml(result, title, options.theme);
    } else {
        out() << result.html;
    }
    out().flush();
    return Ok;
}

} // namespace storyloom::cli
