// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gaps.h"

#include "common.h"
#include "core/analysis/gapanalysis.h"
#include "subcommand.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace storyloom::cli {

namespace {
/** How many entities of a gap's evidence a text line names before "…". */
constexpr int evidenceShown = 3;
} // namespace

int reportGaps(const StoryGraph &graph, bool json)
{
    const std::vector<Gap> gaps = GapAnalysis::findAll(graph);
    if (json) {
        QJsonArray list;
        QJsonObject counts;
        for (GapKind kind : allGapKinds)
            counts.insert(GapAnalysis::toString(kind), 0);
        for (const Gap &gap : gaps) {
            const Entity *e = graph.entity(gap.entityId);
            QJsonArray evidence;
            for (const QString &id : gap.evidence) {
                const Entity *shown = graph.entity(id);
                evidence.append(QJsonObject { { QStringLiteral("id"), id },
                    { QStringLiteral("type"), toString(shown->type) }, { QStringLiteral("title"), shown->title },
                    { QStringLiteral("path"), shown->source.path }, { QStringLiteral("line"), shown->source.line } });
            }
            list.append(QJsonObject { { QStringLiteral("kind"), GapAnalysis::toString(gap.kind) },
                { QStringLiteral("id"), gap.entityId }, { QStringLiteral("type"), toString(e->type) },
                { QStringLiteral("title"), e->title }, { QStringLiteral("path"), e->source.path },
                { QStringLiteral("line"), e->source.line }, { QStringLiteral("detail"), gap.detail },
                { QStringLiteral("evidence"), evidence } });
            const QString key = GapAnalysis::toString(gap.kind);
            counts.insert(key, counts.value(key).toInt() + 1);
        }
        printJson(QJsonObject { { QStringLiteral("gaps"), list }, { QStringLiteral("counts"), counts },
            { QStringLiteral("total"), int(gaps.size()) } });
        return Ok;
    }
    for (const Gap &gap : gaps) {
        const Entity *e = graph.entity(gap.entityId);
        out() << e->source.toString() << ": gap: " << GapAnalysis::toString(gap.kind) << ": " << e->title << ": "
              << gap.detail;
        if (!gap.evidence.isEmpty()) {
            QStringList titles;
            for (const QString &id : gap.evidence.first(std::min<qsizetype>(gap.evidence.size(), evidenceShown)))
                titles.append(graph.entity(id)->title);
            if (gap.evidence.size() > evidenceShown)
                titles.append(QStringLiteral("…"));
            out() << " (" << titles.join(QStringLiteral("; ")) << ')';
        }
        out() << '\n';
    }
    out() << QCoreApplication::translate("cli", "%n gap(s)", nullptr, int(gaps.size())) << '\n';
    return Ok;
}

} // namespace storyloom::cli
