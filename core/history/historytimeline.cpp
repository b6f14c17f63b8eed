// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/historytimeline.h"

#include "core/util/logging.h"

#include <QHash>
#include <algorithm>

namespace storyloom {

Timeline HistoryTimeline::read(const QString &projectRoot, const std::atomic_bool *cancel)
{
    Timeline timeline;
    const GitObjects git(projectRoot);
    if (HistoryError error = git.check(); error.isError()) {
        timeline.error = std::move(error);
        return timeline;
    }
    // A shallow clone's line stops at a commit whose parents are missing: stepping there would
    // show a vision that never was the start, so the timeline says so instead.
    if (const QStringList boundary = git.shallowBoundary(); !boundary.isEmpty()) {
        timeline.error = HistoryError::make(HistoryError::Code::UnknownRevision,
            tr("This is a shallow clone: its history stops at %1.").arg(boundary.join(QStringLiteral(", "))));
        qCInfo(lcHistory) << timeline.error.message;
        return timeline;
    }
    std::optional<std::vector<HistoryEntry>> log = git.log(QString(), false, cancel, &timeline.error);
    if (!log)
        return timeline;

    // Annotated tags name their commit through %(*objectname); lightweight ones through %(objectname).
    GitRunOptions options;
    options.readOnly = true;
    options.cancel = cancel;
    const GitRepository repository(projectRoot);
    const GitResult tags = repository.run(
        { QStringLiteral("--no-optional-locks"), QStringLiteral("for-each-ref"),
            QStringLiteral("--format=%(objectname) %(*objectname) %(refname:short)"), QStringLiteral("refs/tags") },
        options);
    QHash<QString, QStringList> tagsByCommit;
    if (tags.ok()) {
        for (const QString &line : tags.outputText().split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList parts = line.split(u' ');
            if (parts.size() < 3)
                continue;
            const QString commit = parts.at(1).isEmpty() ? parts.at(0) : parts.at(1);
            tagsByCommit[commit].append(parts.mid(2).join(u' '));
        }
    } else {
        qCInfo(lcHistory) << "tags not read:" << tags.errorText();
    }
    const GitResult upstream
        = repository.run({ QStringLiteral("--no-optional-locks"), QStringLiteral("rev-parse"),
                             QStringLiteral("--verify"), QStringLiteral("-q"), QStringLiteral("@{upstream}") },
            options);
    if (upstream.ok())
        timeline.upstream = upstream.outputText().trimmed();

    timeline.commits.reserve(log->size());
    for (auto it = log->rbegin(); it != log->rend(); ++it) {
        QStringList commitTags = tagsByCommit.value(it->commit);
        std::sort(commitTags.begin(), commitTags.end());
        timeline.commits.push_back({ std::move(*it), std::move(commitTags) });
    }
    return timeline;
}

} // namespace storyloom
