// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/graphgappanel.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace storyloom {

GraphGapPanel::GraphGapPanel(QWidget *parent)
    : QWidget(parent)
    , m_description(new QLabel(this))
    , m_list(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *ranked = new QPushButton(tr("All Gaps, Ranked"), this);
    ranked->setToolTip(tr("Every gap, what is most worth acting on first, with what shows it."));
    ranked->setObjectName(QStringLiteral("rankedGaps"));
    connect(ranked, &QPushButton::clicked, this, &GraphGapPanel::showRanked);
    layout->addWidget(ranked);
    for (GapKind kind : allGapKinds) {
        auto *button = new QPushButton(GapAnalysis::displayName(kind), this);
        button->setToolTip(GapAnalysis::description(kind));
        button->setObjectName(GapAnalysis::toString(kind));
        connect(button, &QPushButton::clicked, this, [this, kind] { showGaps(kind); });
        layout->addWidget(button);
    }
    auto *clear = new QPushButton(tr("Clear Highlights"), this);
    connect(clear, &QPushButton::clicked, this, [this] { showGaps(std::nullopt); });
    layout->addWidget(clear);
    m_description->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("gapList"));
    m_list->setAccessibleName(tr("Entities with this gap"));
    layout->addWidget(m_description);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemClicked, this,
        [this](QListWidgetItem *item) { Q_EMIT entityClicked(item->data(Qt::UserRole).toString()); });
    connect(m_list, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { Q_EMIT entityActivated(item->data(Qt::UserRole).toString()); });
}

void GraphGapPanel::setSnapshot(const Snapshot &snapshot)
{
    m_snapshot = snapshot;
    refresh();
}

void GraphGapPanel::refresh()
{
    if (m_ranked)
        showRanked();
    else
        showGaps(m_kind);
}

void GraphGapPanel::addItem(const Gap &gap, const QString &text)
{
    auto *item = new QListWidgetItem(text, m_list);
    item->setData(Qt::UserRole, gap.entityId);
    QStringList tip { gap.detail };
    for (const QString &id : gap.evidence) {
        if (const Entity *shown = m_snapshot->entity(id))
            tip.append(QStringLiteral("• ") + shown->title);
    }
    tip.append(m_snapshot->entity(gap.entityId)->source.toString());
    item->setToolTip(tip.join(u'\n'));
}

void GraphGapPanel::showRanked()
{
    m_ranked = true;
    m_kind.reset();
    m_list->clear();
    Q_EMIT highlightRequested({});
    if (!m_snapshot) {
        m_description->clear();
        return;
    }
    const std::vector<Gap> gaps = GapAnalysis::findAll(*m_snapshot);
    for (const Gap &gap : gaps) {
        const Entity *e = m_snapshot->entity(gap.entityId);
        addItem(gap, QStringLiteral("%1 — %2").arg(e->title.isEmpty() ? e->id : e->title, gap.detail));
    }
    m_description->setText(
        tr("Every gap, what is most worth acting on first.") + u' ' + tr("%n found.", nullptr, int(gaps.size())));
}

void GraphGapPanel::showGaps(std::optional<GapKind> kind)
{
    m_ranked = false;
    m_kind = kind;
    m_list->clear();
    QSet<QString> ids;
    if (!kind || !m_snapshot) {
        m_description->clear();
        Q_EMIT highlightRequested(ids);
        return;
    }
    const std::vector<Gap> gaps = GapAnalysis::find(*m_snapshot, *kind);
    for (const Gap &gap : gaps) {
        const Entity *e = m_snapshot->entity(gap.entityId);
        addItem(gap, e->title.isEmpty() ? e->id : e->title);
        ids.insert(gap.entityId);
    }
    m_description->setText(GapAnalysis::description(*kind) + u' ' + tr("%n found.", nullptr, int(gaps.size())));
    Q_EMIT highlightRequested(ids);
}

QStringList GraphGapPanel::listedIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids.append(m_list->item(i)->data(Qt::UserRole).toString());
    return ids;
}

} // namespace storyloom
