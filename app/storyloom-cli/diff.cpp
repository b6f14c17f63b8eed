// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clitext.h"
#include "commands.h"
#include "common.h"
#include "subcommand.h"

#include "core/extract/projectloader.h"
#include "core/history/revisionloader.h"
#include "core/history/visiondiff.h"
#include "core/history/visiondigest.h"

#include <QFileInfo>
#include <QJsonArray>

namespace storyloom::cli {

namespace {

QString valueText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("-");
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(item.toString());
        return items.join(QStringLiteral(", "));
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble());
    return value.toString();
}

QString relationText(const RelationSummary &r)
{
    QString text = r.source + QStringLiteral(" --") + toString(r.kind) + QStringLiteral("--> ") + r.target;
    if (r.inferred)
        text += u' ' + CliText::tr("(inferred)");
    return text;
}

void printText(const VisionChanges &changes)
{
    if (changes.isEmpty()) {
        out() << CliText::tr("No change to the vision.") << '\n';
        return;
    }
    auto heading = [](const QString &text, size_t count) {
        if (count > 0)
            out() << text << " (" << count << ")\n";
    };
    heading(CliText::tr("Entities added"), changes.added.size());
    for (const EntitySummary &e : changes.added)
        out() << "  + " << toString(e.type) << ' ' << e.id << "  " << e.title << '\n';
    heading(CliText::tr("Entities removed"), changes.removed.size());
    for (const EntitySummary &e : changes.removed)
        out() << "  - " << toString(e.type) << ' ' << e.id << "  " << e.title << '\n';
    heading(CliText::tr("Entities renamed"), changes.renamed.size());
    for (const EntityRename &r : changes.renamed)
        out() << "  " << r.from << " -> " << r.to << '\n';
    heading(CliText::tr("Entities changed"), changes.changed.size());
    for (const EntityChange &c : changes.changed) {
        out() << "  " << c.id << '\n';
        for (const FieldChange &f : c.changes)
            out() << "      " << f.field << ": " << valueText(f.before) << " -> " << valueText(f.after) << '\n';
    }
    heading(CliText::tr("Relations added"), changes.relationsAdded.size());
    for (const RelationSummary &r : changes.relationsAdded)
        out() << "  + " << relationText(r) << '\n';
    heading(CliText::tr("Relations removed"), changes.relationsRemoved.size());
    for (const RelationSummary &r : changes.relationsRemoved)
        out() << "  - " << relationText(r) << '\n';
}

} // namespace

int runDiff(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Compare the vision at two revisions of the project's Git history (REV2: the working tree when "
                    "left out): entities added, removed, renamed and changed, relations added and removed. "
                    "A revision is a commit, tag, branch or date (YYYY-MM-DD). Reads Git objects only: "
                    "nothing is checked out or written."));
    parser.addOption({ QStringLiteral("json"), CliText::tr("machine-readable output") });
    parser.addOption({ QStringLiteral("md"), CliText::tr("a Markdown digest for an update post") });
    parser.addPositionalArgument(QStringLiteral("PROJECT"), CliText::tr("the project's folder"));
    parser.addPositionalArgument(QStringLiteral("REV1"), CliText::tr("the older revision"));
    parser.addPositionalArgument(QStringLiteral("REV2"), CliText::tr("the newer revision (default: the working tree)"),
        QStringLiteral("[REV2]"));
    if (auto code = parseArguments(parser, QStringLiteral("diff"), arguments, 2, 3))
        return *code;
    if (parser.isSet(QStringLiteral("json")) && parser.isSet(QStringLiteral("md"))) {
        err() << "storyloom-cli diff: " << CliText::tr("--json and --md cannot be combined") << "\n\n"
              << parser.helpText();
        return Usage;
    }
    const QStringList positional = parser.positionalArguments();
    const QString root = QFileInfo(positional[0]).absoluteFilePath();
    if (!QFileInfo(root).isDir()) {
        err() << QCoreApplication::translate("cli", "storyloom-cli: %1: no such folder").arg(positional[0]) << '\n';
        return Failure;
    }
    auto fail = [](const HistoryError &error) {
        err() << "storyloom-cli diff: " << error.message << '\n';
        return Failure;
    };
    RevisionLoader loader(root);
    // Each git run costs a process: what is wrong with the repository is asked only once a revision fails.
    auto failResolving = [&loader, &fail](const HistoryError &error) {
        const HistoryError why = loader.git().check();
        return fail(why.isError() ? why : error);
    };
    HistoryError error;
    const std::optional<QString> from = loader.git().resolve(positional[1], &error);
    if (!from)
        return failResolving(error);
    std::optional<QString> to;
    if (positional.size() > 2) {
        to = loader.git().resolve(positional[2], &error);
        if (!to)
            return failResolving(error);
    }
    const Snapshot before = loader.load(*from, &error);
    if (!before)
        return fail(error);
    const Snapshot after = to ? loader.load(*to, &error) : ProjectLoader::load(root);
    if (!after)
        return fail(error);
    const std::optional<QHash<QString, QString>> renamed = loader.git().renames(*from, to.value_or(QString()), &error);
    if (!renamed)
        return fail(error);
    // A cache that cannot be written slows the next run only (the loader logs why).
    loader.saveParses();
    VisionChanges changes = VisionDiff::compare(*before, *after, *renamed);
    changes.from = *from;
    changes.to = to.value_or(QString());

    if (parser.isSet(QStringLiteral("json")))
        printJson(VisionDiff::toJson(changes));
    else if (parser.isSet(QStringLiteral("md")))
        out() << VisionDigest::write(
            changes, *after, positional[1], positional.size() > 2 ? positional[2] : CliText::tr("the working tree"));
    else
        printText(changes);
    out().flush();
    exitNow(Ok);
}

} // namespace storyloom::cli
