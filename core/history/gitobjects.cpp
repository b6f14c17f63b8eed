// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/gitobjects.h"

#include "core/sync/syncerror.h"
#include "core/util/logging.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace storyloom {

namespace {

HistoryError makeError(HistoryError::Code code, QString message)
{
    // The caller shows the message; the log keeps it for a report.
    qCDebug(lcHistory) << message;
    return HistoryError::make(code, std::move(message));
}

void setError(HistoryError *error, HistoryError value)
{
    if (error)
        *error = std::move(value);
}

/** Splits `-z` output into its NUL-terminated fields. */
QList<QByteArray> fields(const QByteArray &output)
{
    QList<QByteArray> result = output.split('\0');
    if (!result.isEmpty() && result.last().isEmpty())
        result.removeLast();
    return result;
}

} // namespace

GitObjects::GitObjects(const QString &projectRoot)
    : m_projectRoot(QFileInfo(projectRoot).absoluteFilePath())
{ }

GitResult GitObjects::query(const QStringList &arguments, const QByteArray &input, const std::atomic_bool *cancel) const
{
    GitRunOptions options;
    options.readOnly = true;
    options.input = input;
    options.cancel = cancel;
    return GitRepository(m_projectRoot).run(QStringList { QStringLiteral("--no-optional-locks") } + arguments, options);
}

HistoryError GitObjects::failure(const GitResult &result) const
{
    if (!result.started)
        return makeError(HistoryError::Code::GitMissing, SyncError::make(SyncError::Code::GitMissing).message);
    if (result.cancelled)
        return HistoryError::make(HistoryError::Code::Cancelled);
    return makeError(HistoryError::Code::GitFailed, tr("Git failed: %1").arg(result.errorText()));
}

HistoryError GitObjects::check() const
{
    if (GitRepository::gitProgram().isEmpty())
        return makeError(HistoryError::Code::GitMissing, SyncError::make(SyncError::Code::GitMissing).message);
    if (!QFileInfo(m_projectRoot).isDir() || GitRepository(m_projectRoot).topLevel().isEmpty())
        return makeError(HistoryError::Code::NotRepository,
            tr("%1 is not in a Git repository: it has no history to read.")
                .arg(QDir::toNativeSeparators(m_projectRoot)));
    const GitResult head = query({ QStringLiteral("rev-parse"), QStringLiteral("--verify"), QStringLiteral("--quiet"),
        QStringLiteral("HEAD^{commit}") });
    if (!head.ok())
        return makeError(HistoryError::Code::NoCommits, tr("The repository has no commits yet: there is no history."));
    return {};
}

std::optional<QString> GitObjects::resolve(const QString &revision, HistoryError *error) const
{
    // A leading '-' would be read as an option; `^{commit}` peels tags.
    if (!revision.startsWith(u'-') && !revision.trimmed().isEmpty()) {
        const GitResult result = query({ QStringLiteral("rev-parse"), QStringLiteral("--verify"),
            QStringLiteral("--quiet"), QStringLiteral("--end-of-options"), revision + QStringLiteral("^{commit}") });
        if (result.ok())
            return result.outputText().trimmed();
        if (!result.started) {
            setError(error, failure(result));
            return std::nullopt;
        }
        QString before;
        if (const QDate date = QDate::fromString(revision, Qt::ISODate); date.isValid())
            before = date.toString(Qt::ISODate) + QStringLiteral(" 23:59:59");
        else if (const QDateTime time = QDateTime::fromString(revision, Qt::ISODate); time.isValid())
            before = time.toString(Qt::ISODate);
        if (!before.isEmpty()) {
            const GitResult dated = query({ QStringLiteral("rev-list"), QStringLiteral("-1"),
                QStringLiteral("--first-parent"), QStringLiteral("--before=") + before, QStringLiteral("HEAD") });
            if (dated.ok() && !dated.outputText().trimmed().isEmpty())
                return dated.outputText().trimmed();
        }
    }
    QString message = tr("Unknown revision '%1': no commit, tag, branch or date of this repository.").arg(revision);
    if (const QStringList boundary = shallowBoundary(); !boundary.isEmpty())
        message += u' '
            + tr("The repository is a shallow clone: its history stops at %1.")
                  .arg(boundary.join(QStringLiteral(", ")));
    setError(error, makeError(HistoryError::Code::UnknownRevision, message));
    return std::nullopt;
}

std::optional<RevisionTree> GitObjects::tree(const QString &commit, HistoryError *error) const
{
    // Run in the project folder, ls-tree lists only what is under it, with paths relative to it.
    const GitResult result = query({ QStringLiteral("ls-tree"), QStringLiteral("-r"), QStringLiteral("-z"),
        QStringLiteral("-l"), QStringLiteral("--end-of-options"), commit });
    if (!result.ok()) {
        setError(error, failure(result));
        return std::nullopt;
    }
    RevisionTree tree;
    for (const QByteArray &line : fields(result.output)) {
        // <mode> SP <type> SP <object> SP+ <size> TAB <path>
        const qsizetype tab = line.indexOf('\t');
        if (tab < 0)
            continue;
        const QList<QByteArray> parts = line.left(tab).simplified().split(' ');
        // Symbolic links (120000) and submodules (commits) are no files of the project.
        if (parts.size() != 4 || parts[1] != "blob" || parts[0] == "120000")
            continue;
        tree.push_back({ QString::fromUtf8(line.mid(tab + 1)), parts[2], parts[3].toLongLong() });
    }
    return tree;
}

std::optional<QHash<QByteArray, QByteArray>> GitObjects::blobs(const QList<QByteArray> &ids, HistoryError *error) const
{
    QHash<QByteArray, QByteArray> result;
    if (ids.isEmpty())
        return result;
    const GitResult run = query({ QStringLiteral("cat-file"), QStringLiteral("--batch") }, ids.join('\n') + '\n');
    if (!run.ok()) {
        setError(error, failure(run));
        return std::nullopt;
    }
    // <oid> SP <type> SP <size> LF <contents> LF, or <object> SP missing LF.
    const QByteArray &out = run.output;
    qsizetype at = 0;
    while (at < out.size()) {
        const qsizetype end = out.indexOf('\n', at);
        if (end < 0)
            break;
        const QList<QByteArray> header = out.mid(at, end - at).split(' ');
        at = end + 1;
        if (header.size() != 3)
            continue;
        const qsizetype size = header[2].toLongLong();
        if (size < 0 || at + size > out.size())
            break;
        result.insert(header[0], out.mid(at, size));
        at += size + 1;
    }
    return result;
}

std::optional<QHash<QString, QString>> GitObjects::renames(
    const QString &from, const QString &to, HistoryError *error) const
{
    // Plumbing only: unlike `git diff`, diff-tree and diff-index never refresh the index file.
    QStringList arguments = to.isEmpty() ? QStringList { QStringLiteral("diff-index") }
                                         : QStringList { QStringLiteral("diff-tree"), QStringLiteral("-r") };
    arguments << QStringLiteral("-M") << QStringLiteral("--name-status") << QStringLiteral("-z")
              << QStringLiteral("--relative") << QStringLiteral("--end-of-options") << from;
    if (!to.isEmpty())
        arguments << to;
    arguments << QStringLiteral("--");
    const GitResult result = query(arguments);
    if (!result.ok()) {
        setError(error, failure(result));
        return std::nullopt;
    }
    QHash<QString, QString> renamed;
    const QList<QByteArray> parts = fields(result.output);
    for (qsizetype i = 0; i < parts.size();) {
        const QByteArray &status = parts[i];
        if (status.startsWith('R') || status.startsWith('C')) {
            if (i + 2 < parts.size() && status.startsWith('R'))
                renamed.insert(QString::fromUtf8(parts[i + 1]), QString::fromUtf8(parts[i + 2]));
            i += 3;
        } else {
            i += 2;
        }
    }
    return renamed;
}

std::optional<std::vector<HistoryEntry>> GitObjects::log(
    const QString &range, bool allParents, const std::atomic_bool *cancel, HistoryError *error) const
{
    const QString revisions = range.trimmed().isEmpty() ? QStringLiteral("HEAD") : range.trimmed();
    if (revisions.startsWith(u'-')) {
        setError(error,
            makeError(HistoryError::Code::UnknownRevision,
                tr("Unknown revision '%1': no commit, tag, branch or date of this repository.").arg(revisions)));
        return std::nullopt;
    }
    QStringList arguments { QStringLiteral("log"), QStringLiteral("--format=%x1e%H%x1f%P%x1f%an%x1f%aI%x1f%s") };
    if (!allParents)
        arguments << QStringLiteral("--first-parent");
    arguments << QStringLiteral("--end-of-options") << revisions << QStringLiteral("--");
    const GitResult result = query(arguments, {}, cancel);
    if (!result.ok()) {
        if (result.started && !result.cancelled) {
            QString message
                = tr("Unknown revision '%1': no commit, tag, branch or date of this repository.").arg(revisions);
            if (const QStringList boundary = shallowBoundary(); !boundary.isEmpty())
                message += u' '
                    + tr("The repository is a shallow clone: its history stops at %1.")
                          .arg(boundary.join(QStringLiteral(", ")));
            setError(error, makeError(HistoryError::Code::UnknownRevision, message));
        } else {
            setError(error, failure(result));
        }
        return std::nullopt;
    }
    return FileHistory::parseLog(result.output);
}

std::optional<QHash<QString, std::vector<TreeChange>>> GitObjects::firstParentChanges(
    const QString &range, const std::atomic_bool *cancel, HistoryError *error) const
{
    const QString revisions = range.trimmed().isEmpty() ? QStringLiteral("HEAD") : range.trimmed();
    // -m with --first-parent: a merge's changes against its first parent. --relative: the project folder only.
    const GitResult result
        = query({ QStringLiteral("log"), QStringLiteral("-z"), QStringLiteral("--raw"),
                    QStringLiteral("--first-parent"), QStringLiteral("-m"), QStringLiteral("--no-renames"),
                    QStringLiteral("--no-abbrev"), QStringLiteral("--relative"), QStringLiteral("--format=%x1e%H"),
                    QStringLiteral("--end-of-options"), revisions, QStringLiteral("--") },
            {}, cancel);
    if (!result.ok()) {
        setError(error, failure(result));
        return std::nullopt;
    }
    QHash<QString, std::vector<TreeChange>> changes;
    for (const QByteArray &record : result.output.split('\x1e')) {
        const QList<QByteArray> parts = record.split('\0');
        if (parts.isEmpty() || parts.first().trimmed().isEmpty())
            continue;
        std::vector<TreeChange> &list = changes[QString::fromLatin1(parts.first().trimmed())];
        // :<old mode> <new mode> <old blob> <new blob> <status> NUL <path> NUL
        for (qsizetype i = 1; i + 1 < parts.size(); ++i) {
            const QByteArray meta = parts[i].trimmed();
            if (!meta.startsWith(':'))
                continue;
            const QList<QByteArray> fields = meta.mid(1).split(' ');
            const QString path = QString::fromUtf8(parts[++i]);
            if (fields.size() < 5)
                continue;
            const bool file = fields[1].startsWith("100");
            const bool deleted = fields[4].startsWith('D') || !file;
            list.push_back({ path, deleted ? QByteArray() : fields[3] });
        }
    }
    return changes;
}

QStringList GitObjects::shallowBoundary() const
{
    const GitResult shallow = query({ QStringLiteral("rev-parse"), QStringLiteral("--is-shallow-repository") });
    if (!shallow.ok() || shallow.outputText().trimmed() != QLatin1String("true"))
        return {};
    const GitResult path
        = query({ QStringLiteral("rev-parse"), QStringLiteral("--git-path"), QStringLiteral("shallow") });
    if (!path.ok())
        return {};
    QFile file(QDir(m_projectRoot).absoluteFilePath(path.outputText().trimmed()));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcHistory) << "cannot read the shallow clone's boundary:" << file.errorString();
        return {};
    }
    return QString::fromLatin1(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace storyloom
