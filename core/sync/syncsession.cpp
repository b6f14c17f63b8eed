// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/syncsession.h"

#include "core/sync/commitmessage.h"
#include "core/sync/conflictresolver.h"
#include "core/sync/gitrepository.h"
#include "core/sync/synclock.h"
#include "core/util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QThread>

#include <optional>
#include <tuple>

namespace storyloom {

namespace {

/** The state of one run of the steps. */
class SyncRun
{
    Q_DECLARE_TR_FUNCTIONS(storyloom::SyncRun)

public:
    SyncRun(SyncSession &session, const QString &projectRoot, std::atomic_bool &cancel)
        : m_session(session)
        , m_git(projectRoot)
        , m_cancel(cancel)
    { }

    SyncResult execute(const SyncOptions &options);

private:
    bool prepare();
    bool readRemote();
    bool finishUnfinishedMerge();
    bool commit(const SyncOptions &options);
    bool exchange(const SyncOptions &options);
    [[nodiscard]] bool hasCommitsToSend();
    bool fetch();
    bool merge(const SyncOptions &options);
    bool push();
    bool pushToBranch(const QString &branch);
    /** After a push that lost its connection: asks the remote what it really has (it may have stored the pack before
     * the connection broke), updates the remote-tracking branch to match, and says whether our HEAD arrived. */
    bool pushArrivedAnyway();
    /** After a merge that failed on a full disk: puts back, as in HEAD, the files the merge had begun to write, so
     * that no half-written file stays in the working tree (and none is committed by the next sync). */
    void undoHalfWrittenMerge();
    /** A failed fetch or push: what fromGit() says, and the stated timeout when the remote fell silent. */
    [[nodiscard]] SyncError networkError(const GitResult &result) const;

    /** What a git command does beyond the working tree: a query takes no optional locks, a network step can be
     * cancelled and reports progress. */
    enum class GitCall { Writes, Query, Network };
    GitResult git(const QStringList &arguments, GitCall call = GitCall::Writes);
    void report(SyncStep step, const QString &message)
    {
        m_result.step = step;
        Q_EMIT m_session.progress(step, message);
    }
    bool fail(const SyncError &error)
    {
        m_result.outcome
            = error.code == SyncError::Code::Cancelled ? SyncResult::Outcome::Cancelled : SyncResult::Outcome::Failed;
        m_result.error = error;
        if (error.code == SyncError::Code::Cancelled)
            qCInfo(lcSync) << "sync cancelled at step" << stepName(m_result.step);
        else
            qCWarning(lcSync).noquote() << "sync failed at step" << stepName(m_result.step) << ':' << error.fullText();
        return false;
    }
    bool cancelled() { return m_cancel.load() ? !fail(SyncError::make(SyncError::Code::Cancelled)) : false; }
    [[nodiscard]] bool refExists(const QString &ref)
    {
        return git(
            { QStringLiteral("rev-parse"), QStringLiteral("-q"), QStringLiteral("--verify"), ref }, GitCall::Query)
            .ok();
    }
    /** Commits only on our side and only on theirs; nullopt when HEAD or `target` does not exist. */
    [[nodiscard]] std::optional<std::pair<int, int>> aheadBehind(const QString &target);
    bool stopWithConflicts(QStringList conflicts)
    {
        m_result.outcome = SyncResult::Outcome::Conflicts;
        m_result.conflicts = std::move(conflicts);
        m_result.error = SyncError::make(SyncError::Code::Conflicts);
        return false;
    }

    SyncSession &m_session;
    GitRepository m_git;
    std::atomic_bool &m_cancel;
    SyncResult m_result;
    SyncLock m_lock;
    QString m_topLevel;
    QString m_gitDir;
    QString m_branch;
    QString m_remote;
    /** What to merge from and push to: `origin/main`, or empty when the remote has no such branch yet. */
    QString m_target;
    QString m_pushRef;
    bool m_hasUpstream = false;
    /** HEAD has commits the remote branch lacks (known after merge()). */
    bool m_toSend = false;
    std::chrono::milliseconds m_networkTimeout = SyncOptions::defaultNetworkTimeout();
    std::chrono::milliseconds m_turnTimeout = std::chrono::minutes(10);
    /** Credentials were asked for again after the remote refused them: never twice in one sync. */
    bool m_askedAgain = false;
};

GitResult SyncRun::git(const QStringList &arguments, GitCall call)
{
    GitRunOptions options;
    options.readOnly = call == GitCall::Query;
    if (!options.readOnly)
        options.startedProcess = [this](qint64 pid) { m_lock.recordGitProcess(pid); };
    if (call == GitCall::Network) {
        options.cancel = &m_cancel;
        options.progress = [this](const QString &line) { Q_EMIT m_session.progress(m_result.step, line); };
        options.silenceTimeoutMs = int(m_networkTimeout.count());
        QStringList withProgress = arguments;
        withProgress.insert(1, QStringLiteral("--progress"));
        GitResult result = m_git.run(withProgress, options);
        // A mistyped password, or a stale one Git's credential helper just forgot: the prompt asks once more, and
        // only once per sync.
        if (!result.ok() && !m_askedAgain && !GitRepository::askPassProgram().isEmpty()
            && SyncError::fromGit(result).code == SyncError::Code::AuthenticationFailed) {
            m_askedAgain = true;
            qCInfo(lcSync) << "the remote refused the credentials; asking once more";
            m_result.notes.append(tr("The remote refused the credentials; asked for them once more."));
            result = m_git.run(withProgress, options);
        }
        return result;
    }
    return m_git.run(arguments, options);
}

std::optional<std::pair<int, int>> SyncRun::aheadBehind(const QString &target)
{
    const GitResult r = git({ QStringLiteral("rev-list"), QStringLiteral("--left-right"), QStringLiteral("--count"),
                                QStringLiteral("HEAD...") + target },
        GitCall::Query);
    const QStringList counts = r.outputText().split(QLatin1Char('\t'));
    if (!r.ok() || counts.size() != 2)
        return std::nullopt;
    return std::pair<int, int> { counts[0].trimmed().toInt(), counts[1].trimmed().toInt() };
}

SyncError SyncRun::networkError(const GitResult &result) const
{
    SyncError error = SyncError::fromGit(result);
    if (result.timedOut) {
        const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(m_networkTimeout).count();
        error.message += QLatin1Char(' ')
            + tr("Nothing arrived from the remote for %n second(s), so the sync stopped waiting.", nullptr,
                int(seconds));
    }
    return error;
}

bool SyncRun::prepare()
{
    report(SyncStep::Prepare, tr("Checking the repository…"));
    if (GitRepository::gitProgram().isEmpty())
        return fail(SyncError::make(SyncError::Code::GitMissing));
    // Top level, Git folder and branch in one query (every process counts on a large repository).
    const GitResult where
        = git({ QStringLiteral("rev-parse"), QStringLiteral("--show-toplevel"), QStringLiteral("--absolute-git-dir"),
                  QStringLiteral("--symbolic-full-name"), QStringLiteral("HEAD") },
            GitCall::Query);
    if (!where.started)
        return fail(SyncError::fromGit(where));
    const QStringList lines = where.outputText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() < 2)
        return fail(SyncError::make(SyncError::Code::NotARepository));
    m_topLevel = QDir::cleanPath(lines[0]);
    m_gitDir = QDir::cleanPath(lines[1]);
    QString head = where.ok() ? lines.value(2).trimmed() : QString();
    if (!where.ok()) {
        // A branch without commits yet: HEAD names it but resolves to nothing.
        const GitResult symbolic
            = git({ QStringLiteral("symbolic-ref"), QStringLiteral("-q"), QStringLiteral("HEAD") }, GitCall::Query);
        head = symbolic.ok() ? symbolic.outputText().trimmed() : QString();
    }
    const QString heads = QStringLiteral("refs/heads/");
    if (!head.startsWith(heads))
        return fail(SyncError::make(SyncError::Code::NotOnBranch));
    m_branch = head.mid(heads.size());
    m_lock.setGitDir(m_gitDir);
    m_lock.setWorkTree(m_topLevel);

    // Another window or instance syncing this repository: wait for it rather than race it.
    const SyncLock::Turn turn = m_lock.takeTurn(m_turnTimeout, m_cancel,
        [this] { report(SyncStep::Prepare, tr("Waiting for another sync of this project to finish…")); });
    if (turn == SyncLock::Turn::Cancelled)
        return fail(SyncError::make(SyncError::Code::Cancelled));
    if (turn == SyncLock::Turn::TimedOut) {
        const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(m_turnTimeout).count();
        SyncError error = SyncError::make(SyncError::Code::Locked, m_lock.turnPath());
        error.message = tr("Another sync of this project (in another window or program) has been running for %n "
                           "minute(s); this one stopped waiting. Your changes are saved; sync again later.",
            nullptr, int(minutes));
        return fail(error);
    }
    if (turn == SyncLock::Turn::TakenAfterWaiting)
        m_result.notes.append(tr("Waited for another sync of this project to finish."));

    // A lock left by an interrupted sync of ours is removed; anyone else's only when it is old and no git works here.
    const SyncLock::LockState lockState = m_lock.acquire();
    if (lockState == SyncLock::LockState::RemovedStale && m_lock.removalNotes().isEmpty())
        m_result.notes.append(tr("Removed a stale lock left by an interrupted sync."));
    m_result.notes.append(m_lock.removalNotes());
    if (lockState == SyncLock::LockState::HeldByOther) {
        QString held = m_lock.indexLockPath();
        for (const QString &path : m_lock.lockPaths()) {
            if (QFile::exists(path)) {
                held = path;
                break;
            }
        }
        return fail(SyncError::make(SyncError::Code::Locked, held));
    }
    return readRemote() && finishUnfinishedMerge();
}

bool SyncRun::readRemote()
{
    // The branch's upstream and the remotes, in one read of the configuration.
    const GitResult r = git({ QStringLiteral("config"), QStringLiteral("-z"), QStringLiteral("--get-regexp"),
                                QStringLiteral("^(branch\\..*\\.(remote|merge)|remote\\..*\\.url)$") },
        GitCall::Query);
    // Exit 1: no such keys.
    if (!r.started || r.crashed || (r.exitCode != 0 && r.exitCode != 1))
        return fail(SyncError::fromGit(r));
    const QString remoteKey = QStringLiteral("branch.%1.remote").arg(m_branch);
    const QString mergeKey = QStringLiteral("branch.%1.merge").arg(m_branch);
    QString mergeRef;
    QStringList remotes;
    for (const QByteArray &entry : r.output.split('\0')) {
        const qsizetype newline = entry.indexOf('\n');
        const QString key = QString::fromUtf8(entry.left(newline < 0 ? entry.size() : newline));
        const QString value = newline < 0 ? QString() : QString::fromUtf8(entry.mid(newline + 1));
        if (key == remoteKey) {
            m_remote = value;
        } else if (key == mergeKey) {
            mergeRef = value;
        } else if (key.startsWith(QLatin1StringView("remote.")) && key.endsWith(QLatin1StringView(".url"))) {
            const QString name = key.mid(7, key.size() - 11);
            if (!remotes.contains(name))
                remotes.append(name);
        }
    }
    m_hasUpstream = !m_remote.isEmpty() && !mergeRef.isEmpty();
    if (m_hasUpstream) {
        m_pushRef = mergeRef;
    } else {
        m_remote = remotes.contains(QStringLiteral("origin")) ? QStringLiteral("origin") : remotes.value(0);
        m_pushRef = QStringLiteral("refs/heads/") + m_branch;
    }
    if (!m_remote.isEmpty()) {
        QString branchName = m_pushRef;
        branchName.remove(0, qsizetype(qstrlen("refs/heads/")));
        m_target = QStringLiteral("refs/remotes/%1/%2").arg(m_remote, branchName);
    }
    return true;
}

bool SyncRun::finishUnfinishedMerge()
{
    // MERGE_HEAD is a file in the Git folder in every ref storage: no process needed to look.
    if (!QFile::exists(QDir(m_gitDir).filePath(QStringLiteral("MERGE_HEAD"))))
        return true;
    ConflictResolver resolver(m_topLevel);
    const QStringList conflicts = resolver.conflictedPaths();
    if (!conflicts.isEmpty())
        return stopWithConflicts(conflicts);
    report(SyncStep::Merge, tr("Finishing the merge…"));
    const SyncError error = resolver.finish();
    if (error.isError())
        return fail(error);
    m_result.merged = true;
    m_result.notes.append(tr("Completed the merge an earlier sync had started."));
    return true;
}

bool SyncRun::commit(const SyncOptions &options)
{
    report(SyncStep::Commit, tr("Committing your changes…"));
    // Only the content folder: the project may be one folder of a larger repository.
    GitResult r = git({ QStringLiteral("add"), QStringLiteral("-A"), QStringLiteral("--"), QStringLiteral(".") });
    if (!r.ok())
        return fail(SyncError::fromGit(r));
    r = git({ QStringLiteral("diff"), QStringLiteral("--cached"), QStringLiteral("--name-status"), QStringLiteral("-M"),
                QStringLiteral("-z"), QStringLiteral("--relative"), QStringLiteral("--"), QStringLiteral(".") },
        GitCall::Query);
    if (!r.ok())
        return fail(SyncError::fromGit(r));
    const std::vector<ChangedFile> changes = CommitMessage::parseNameStatus(r.output, QString());
    if (changes.empty())
        return true;
    QString message = options.message;
    if (message.isEmpty()) {
        const QDir root(m_git.workingDirectory());
        const auto read = [this, &root](const QString &path, bool deleted) -> std::optional<QByteArray> {
            if (deleted) {
                const GitResult old = git({ QStringLiteral("show"), QStringLiteral("HEAD:./") + path }, GitCall::Query);
                return old.ok() ? std::optional<QByteArray>(old.output) : std::nullopt;
            }
            QFile file(root.filePath(path));
            return file.open(QIODevice::ReadOnly) ? std::optional<QByteArray>(file.read(64 * 1024)) : std::nullopt;
        };
        message = CommitMessage::build(changes, options.snapshot, read);
    }
    GitRunOptions commitOptions;
    commitOptions.input = message.toUtf8();
    commitOptions.startedProcess = [this](qint64 pid) { m_lock.recordGitProcess(pid); };
    r = m_git.run({ QStringLiteral("commit"), QStringLiteral("--quiet"), QStringLiteral("--file=-") }, commitOptions);
    if (!r.ok())
        return fail(SyncError::fromGit(r));
    m_result.committed = true;
    m_result.commitMessage = message;
    return true;
}

bool SyncRun::fetch()
{
    if (cancelled())
        return false;
    report(SyncStep::Fetch, tr("Fetching from %1…").arg(m_remote));
    const GitResult r = git({ QStringLiteral("fetch"), m_remote }, GitCall::Network);
    if (!r.ok())
        return fail(networkError(r));
    // Git names a remote branch whose new history does not contain the old one: someone rewrote it.
    QString tracking = m_target;
    tracking.remove(0, qsizetype(qstrlen("refs/remotes/")));
    for (const QString &line : r.errorText().split(QLatin1Char('\n'))) {
        if (!m_target.isEmpty() && line.contains(QStringLiteral("-> ") + tracking)
            && line.contains(QLatin1StringView("(forced update)")) && !m_result.remoteRewritten) {
            m_result.remoteRewritten = true;
            qCInfo(lcSync) << "the remote branch was force-pushed:" << line.trimmed();
            m_result.notes.append(tr("Someone rewrote the history of %1 on the remote (a force-push). Nothing of "
                                     "yours was reset or rebased: your commits were merged with the new history and "
                                     "stay in it, with any commits the rewrite dropped.")
                    .arg(tracking));
        }
    }
    return true;
}

bool SyncRun::merge(const SyncOptions &options)
{
    if (cancelled())
        return false;
    int ahead = 0;
    int behind = 0;
    if (const auto counts = aheadBehind(m_target)) {
        std::tie(ahead, behind) = *counts;
    } else if (!refExists(m_target)) {
        m_toSend = refExists(QStringLiteral("HEAD"));
        return true; // the remote has no such branch yet: the push creates it
    } else {
        behind = 1; // no commit of ours yet: take theirs
    }
    m_toSend = ahead > 0;
    if (behind == 0)
        return true;
    QString targetName = m_target;
    targetName.remove(0, qsizetype(qstrlen("refs/remotes/")));
    report(SyncStep::Merge, tr("Merging changes from %1…").arg(targetName));
    QStringList arguments = { QStringLiteral("merge"), QStringLiteral("--no-edit"), QStringLiteral("--no-stat") };
    if (ahead == 0)
        arguments << QStringLiteral("--ff-only");
    else
        arguments << QStringLiteral("-m") << tr("Merge changes from %1").arg(targetName);
    if (options.mergeUnrelatedHistories)
        arguments << QStringLiteral("--allow-unrelated-histories");
    arguments << m_target;
    const GitResult r = git(arguments);
    if (r.ok()) {
        m_result.merged = true;
        return true;
    }
    ConflictResolver resolver(m_topLevel);
    const bool merging = QFile::exists(QDir(m_gitDir).filePath(QStringLiteral("MERGE_HEAD")));
    const QStringList conflicts = merging ? resolver.conflictedPaths() : QStringList();
    if (conflicts.isEmpty()) {
        const SyncError error = SyncError::fromGit(r);
        if (error.code == SyncError::Code::DiskFull)
            undoHalfWrittenMerge();
        return fail(error);
    }
    QStringList remaining;
    for (const QString &path : conflicts) {
        if (resolver.autoMerge(path))
            m_result.autoMerged.append(path);
        else
            remaining.append(path);
    }
    if (!remaining.isEmpty())
        return stopWithConflicts(remaining);
    const SyncError error = resolver.finish();
    if (error.isError())
        return fail(error);
    m_result.merged = true;
    return true;
}

void SyncRun::undoHalfWrittenMerge()
{
    // Before the merge every file it touches was committed (ours) or clean (Git refuses to merge over local
    // changes), so going back to HEAD for exactly those files loses nothing.
    const GitResult changed
        = git({ QStringLiteral("diff"), QStringLiteral("--name-status"), QStringLiteral("--no-renames"),
                  QStringLiteral("-z"), QStringLiteral("HEAD"), m_target },
            GitCall::Query);
    if (!changed.ok()) {
        qCWarning(lcSync) << "could not list the files of the failed merge";
        return;
    }
    const QList<QByteArray> fields = changed.output.split('\0');
    QStringList inHead;
    QStringList added;
    for (qsizetype i = 0; i + 1 < fields.size(); i += 2) {
        const QString path = QStringLiteral(":(top,literal)") + QString::fromUtf8(fields[i + 1]);
        (fields[i] == "A" ? added : inHead).append(path);
    }
    // The merge may have left MERGE_HEAD and a half-updated index: both go back to HEAD for these files.
    QFile::remove(QDir(m_gitDir).filePath(QStringLiteral("MERGE_HEAD")));
    QFile::remove(QDir(m_gitDir).filePath(QStringLiteral("MERGE_MSG")));
    QFile::remove(QDir(m_gitDir).filePath(QStringLiteral("MERGE_MODE")));
    if (!inHead.isEmpty()
        && !git(QStringList { QStringLiteral("checkout"), QStringLiteral("HEAD"), QStringLiteral("--") } + inHead).ok())
        qCWarning(lcSync) << "could not restore the files of the failed merge";
    if (added.isEmpty())
        return;
    // A file only the other side has is not in HEAD: what the merge wrote of it goes, unless the index tracks it.
    const GitResult tracked = git(
        QStringList { QStringLiteral("ls-files"), QStringLiteral("-z"), QStringLiteral("--") } + added, GitCall::Query);
    if (!tracked.ok())
        return;
    const QList<QByteArray> kept = tracked.output.split('\0');
    if (!kept.isEmpty() && !kept.first().isEmpty()) {
        GitResult unstaged = git(
            QStringList { QStringLiteral("rm"), QStringLiteral("-q"), QStringLiteral("--cached"), QStringLiteral("--") }
            + added);
        if (!unstaged.ok())
            qCWarning(lcSync) << "could not unstage the new files of the failed merge";
    }
    const QDir top(m_topLevel);
    for (const QString &path : added) {
        const QString file = top.filePath(path.mid(qsizetype(qstrlen(":(top,literal)"))));
        if (QFile::exists(file) && !QFile::remove(file))
            qCWarning(lcSync) << "could not remove the half-written" << file;
    }
}

bool SyncRun::hasCommitsToSend()
{
    if (m_result.committed)
        return true;
    // Against what we last heard of the remote; the push itself tells whether it moved since.
    if (const auto counts = aheadBehind(m_target))
        return counts->first > 0;
    return !refExists(m_target) && refExists(QStringLiteral("HEAD"));
}

bool SyncRun::push()
{
    if (cancelled())
        return false;
    report(SyncStep::Push, tr("Pushing to %1…").arg(m_remote));
    QStringList arguments = { QStringLiteral("push") };
    if (!m_hasUpstream)
        arguments << QStringLiteral("--set-upstream");
    arguments << m_remote << (m_hasUpstream ? QStringLiteral("HEAD:") + m_pushRef : m_branch);
    const GitResult r = git(arguments, GitCall::Network);
    if (!r.ok()) {
        SyncError error = networkError(r);
        // git:// and other read-only services turn a push away before saying why.
        if (error.code == SyncError::Code::Other
            && r.errorText().contains(QLatin1StringView("access denied or repository not exported")))
            error = SyncError::make(SyncError::Code::ReadOnlyRemote, error.detail);
        if (error.code != SyncError::Code::Offline || !pushArrivedAnyway())
            return fail(error);
        qCInfo(lcSync) << "the push lost its connection, but the remote has our commits";
        m_result.notes.append(tr("The connection broke at the end of the push, but %1 has your commits: checked with "
                                 "it afterwards.")
                .arg(m_remote));
    }
    m_result.pushed = true;
    m_hasUpstream = true;
    m_toSend = false;
    return true;
}

bool SyncRun::pushArrivedAnyway()
{
    if (m_target.isEmpty())
        return false;
    GitRunOptions options;
    options.readOnly = true;
    options.cancel = &m_cancel;
    options.silenceTimeoutMs = int(m_networkTimeout.count());
    const GitResult remote = m_git.run({ QStringLiteral("ls-remote"), m_remote, m_pushRef }, options);
    if (!remote.ok()) {
        qCInfo(lcSync) << "could not ask the remote what it has after the failed push";
        return false;
    }
    const QString theirs = remote.outputText().section(QLatin1Char('\t'), 0, 0).trimmed();
    const GitResult head = git({ QStringLiteral("rev-parse"), QStringLiteral("HEAD") }, GitCall::Query);
    // Only a commit we have can name the remote-tracking branch (one we lack comes with the next fetch).
    if (theirs.isEmpty()
        || !git(
            { QStringLiteral("cat-file"), QStringLiteral("-e"), theirs + QStringLiteral("^{commit}") }, GitCall::Query)
            .ok())
        return false;
    if (!git({ QStringLiteral("update-ref"), m_target, theirs }).ok())
        qCWarning(lcSync) << "could not update" << m_target << "to what the remote has";
    return head.ok() && head.outputText().trimmed() == theirs;
}

bool SyncRun::pushToBranch(const QString &branch)
{
    if (cancelled())
        return false;
    const GitResult valid
        = git({ QStringLiteral("check-ref-format"), QStringLiteral("--branch"), branch }, GitCall::Query);
    if (!valid.ok())
        return fail(SyncError::make(SyncError::Code::Other, tr("\"%1\" cannot name a branch.").arg(branch)));
    report(SyncStep::Push, tr("Pushing to the new branch %1 of %2…").arg(branch, m_remote));
    const GitResult r
        = git({ QStringLiteral("push"), m_remote, QStringLiteral("HEAD:refs/heads/") + branch }, GitCall::Network);
    if (!r.ok())
        return fail(networkError(r));
    m_result.pushed = true;
    m_result.notes.append(
        tr("Your commits are on the new branch %1 of %2; the branch you work on is unchanged.").arg(branch, m_remote));
    return true;
}

bool SyncRun::exchange(const SyncOptions &options)
{
    if (!options.pushBranch.isEmpty())
        return pushToBranch(options.pushBranch);
    int attempts = 2;
    if (options.push && hasCommitsToSend()) {
        // Push first: when the remote did not move (the usual case) that is the whole exchange, with no fetch and no
        // merge. A remote that moved refuses the push without taking anything, and the fetch-merge-push below follows.
        if (push())
            return true;
        if (m_result.error.code != SyncError::Code::Rejected)
            return false;
        m_result.error = {};
        attempts = 1;
    }
    for (int attempt = 0; attempt < attempts; ++attempt) {
        if (!fetch() || !merge(options))
            return false;
        if (!options.push || !m_toSend)
            return true;
        if (push())
            return true;
        // One retry when someone pushed between our fetch and our push.
        if (m_result.error.code != SyncError::Code::Rejected || attempt + 1 == attempts)
            return false;
        m_result.notes.append(tr("The remote moved while syncing; merged again and retried."));
        m_result.error = {};
    }
    return true;
}

SyncResult SyncRun::execute(const SyncOptions &options)
{
    m_networkTimeout = options.networkTimeout;
    m_turnTimeout = options.turnTimeout;
    if (!prepare() || !commit(options))
        return m_result;
    if (m_remote.isEmpty()) {
        m_result.notes.append(tr("This repository has no remote: your changes are committed locally."));
    } else if (!exchange(options)) {
        return m_result;
    }
    report(SyncStep::Done, tr("Synced."));
    m_result.outcome = SyncResult::Outcome::Synced;
    m_result.error = {};
    return m_result;
}

} // namespace

QString displayName(SyncStep step)
{
    switch (step) {
    case SyncStep::Prepare:
        return SyncSession::tr("Preparing");
    case SyncStep::Save:
        return SyncSession::tr("Saving");
    case SyncStep::Commit:
        return SyncSession::tr("Committing");
    case SyncStep::Fetch:
        return SyncSession::tr("Fetching");
    case SyncStep::Merge:
        return SyncSession::tr("Merging");
    case SyncStep::Push:
        return SyncSession::tr("Pushing");
    case SyncStep::Done:
        return SyncSession::tr("Done");
    }
    return {};
}

QString stepName(SyncStep step)
{
    switch (step) {
    case SyncStep::Prepare:
        return QStringLiteral("prepare");
    case SyncStep::Save:
        return QStringLiteral("save");
    case SyncStep::Commit:
        return QStringLiteral("commit");
    case SyncStep::Fetch:
        return QStringLiteral("fetch");
    case SyncStep::Merge:
        return QStringLiteral("merge");
    case SyncStep::Push:
        return QStringLiteral("push");
    case SyncStep::Done:
        return QStringLiteral("done");
    }
    return {};
}

SyncSession::SyncSession(QString projectRoot, QObject *parent)
    : QObject(parent)
    , m_projectRoot(std::move(projectRoot))
{
    m_pool.setMaxThreadCount(1);
}

SyncSession::~SyncSession()
{
    cancel();
    m_pool.waitForDone();
}

std::optional<SyncResult> SyncSession::saveOpenFiles(const SyncOptions &options)
{
    if (!options.save)
        return std::nullopt;
    Q_EMIT progress(SyncStep::Save, tr("Saving open files…"));
    if (options.save())
        return std::nullopt;
    qCWarning(lcSync) << "sync stopped: some open files could not be saved";
    SyncResult result;
    result.step = SyncStep::Save;
    result.error = SyncError::make(SyncError::Code::Other, tr("Some files could not be saved."));
    return result;
}

SyncResult SyncSession::run(const SyncOptions &options)
{
    m_cancel = false;
    m_running = true;
    if (std::optional<SyncResult> unsaved = saveOpenFiles(options)) {
        m_running = false;
        return *unsaved;
    }
    SyncOptions rest = options;
    rest.save = nullptr;
    SyncResult result = runSteps(rest);
    m_running = false;
    return result;
}

SyncResult SyncSession::runSteps(const SyncOptions &options)
{
    SyncRun run(*this, m_projectRoot, m_cancel);
    return run.execute(options);
}

void SyncSession::start(const SyncOptions &options)
{
    if (m_running.exchange(true)) {
        qCInfo(lcSync) << "sync not started: one is already running";
        return;
    }
    m_cancel = false;
    if (std::optional<SyncResult> unsaved = saveOpenFiles(options)) {
        m_running = false;
        Q_EMIT finished(*unsaved);
        return;
    }
    SyncOptions rest = options;
    rest.save = nullptr;
    m_pool.start([this, rest] {
        const SyncResult result = runSteps(rest);
        m_running = false;
        Q_EMIT finished(result);
    });
}

void SyncSession::cancel()
{
    m_cancel = true;
}

RepositoryHealth SyncSession::inspect(const QString &projectRoot)
{
    RepositoryHealth health;
    GitRepository git(projectRoot);
    const QString topLevel = git.topLevel();
    if (topLevel.isEmpty())
        return health;
    health.repository = true;
    ConflictResolver resolver(topLevel);
    health.merging = resolver.isMerging();
    if (health.merging)
        health.conflicts = resolver.conflictedPaths();
    SyncLock lock;
    lock.setGitDir(git.gitDir());
    lock.setWorkTree(topLevel);
    health.lockPath = lock.indexLockPath();
    for (const QString &path : lock.lockPaths()) {
        if (QFile::exists(path)) {
            health.lockPath = path;
            health.locked = true;
            break;
        }
    }
    health.staleLock = health.locked && (lock.isStale() || !lock.staleForeignLocks().isEmpty());
    return health;
}

bool SyncSession::removeLock(const QString &projectRoot)
{
    SyncLock lock;
    lock.setGitDir(GitRepository(projectRoot).gitDir());
    return !QFile::exists(lock.indexLockPath()) || QFile::remove(lock.indexLockPath());
}

} // namespace storyloom
