// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/historypanel.h"

#include "ui/graph/changemarks.h"
#include "ui/graph/timelinestrip.h"
#include "ui/graph/visionchart.h"
#include "ui/graph/visionhistory.h"

#include <QDate>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace storyloom {

namespace {

/** A commit as the banner names it: its tags, else its short id. */
QString revisionName(const TimelineCommit &commit)
{
    const QString id = commit.entry.commit.left(8);
    return commit.tags.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(commit.tags.join(QStringLiteral(", ")), id);
}

QString entityName(const Snapshot &snapshot, const QString &id)
{
    const Entity *entity = snapshot ? snapshot->entity(id) : nullptr;
    return entity ? QStringLiteral("%1 “%2”").arg(displayName(entity->type), entity->title) : id;
}

} // namespace

HistoryPanel::HistoryPanel(VisionHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_banner(new QWidget(this))
    , m_bannerText(new QLabel(m_banner))
    , m_backToNow(new QPushButton(tr("Back to Now"), m_banner))
    , m_controls(new QWidget(this))
    , m_strip(new TimelineStrip(m_controls))
    , m_compare(new QToolButton(m_controls))
    , m_chartButton(new QToolButton(m_controls))
    , m_unavailable(new QLabel(this))
    , m_changes(new QListWidget(this))
    , m_chart(new VisionChart(this))
{
    setObjectName(QStringLiteral("historyPanel"));
    m_banner->setObjectName(QStringLiteral("historyBanner"));
    m_bannerText->setObjectName(QStringLiteral("historyBannerText"));
    m_backToNow->setObjectName(QStringLiteral("historyBackToNow"));
    m_strip->setObjectName(QStringLiteral("timelineStrip"));
    m_compare->setObjectName(QStringLiteral("historyCompare"));
    m_chartButton->setObjectName(QStringLiteral("historyChartButton"));
    m_unavailable->setObjectName(QStringLiteral("historyUnavailable"));
    m_changes->setObjectName(QStringLiteral("historyChanges"));
    m_chart->setObjectName(QStringLiteral("visionChart"));

    // The banner stands out like a notification: an old revision must not pass for today's.
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, bannerPalette.color(QPalette::ToolTipBase));
    bannerPalette.setColor(QPalette::WindowText, bannerPalette.color(QPalette::ToolTipText));
    m_banner->setPalette(bannerPalette);
    m_bannerText->setWordWrap(true);
    QFont bold = m_bannerText->font();
    bold.setBold(true);
    m_bannerText->setFont(bold);
    m_backToNow->setAccessibleName(tr("Back to now"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_backToNow);
    m_banner->setVisible(false);

    m_compare->setText(tr("Compare With…"));
    m_compare->setAccessibleName(tr("Compare with"));
    m_compare->setToolTip(tr("Mark what changed since a tag, a date or the last sync"));
    m_compare->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_compare);
    menu->setObjectName(QStringLiteral("historyCompareMenu"));
    m_compare->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, &HistoryPanel::fillCompareMenu);
    m_chartButton->setText(tr("Chart"));
    m_chartButton->setAccessibleName(tr("Chart of the vision over time"));
    m_chartButton->setToolTip(tr("Show how the vision grew: entities, pain points and goals over time"));
    m_chartButton->setCheckable(true);
    auto *label = new QLabel(tr("History:"), m_controls);
    label->setBuddy(m_strip);
    auto *controlsLayout = new QHBoxLayout(m_controls);
    controlsLayout->setContentsMargins(6, 0, 6, 0);
    controlsLayout->addWidget(label);
    controlsLayout->addWidget(m_strip, 1);
    controlsLayout->addWidget(m_compare);
    controlsLayout->addWidget(m_chartButton);

    m_unavailable->setContentsMargins(6, 2, 6, 2);
    // The message names the folder: wrapped, a long path does not widen the window.
    m_unavailable->setWordWrap(true);
    m_unavailable->setVisible(false);
    m_changes->setAccessibleName(tr("Changes since the revision compared with"));
    m_changes->setMaximumHeight(180);
    m_changes->setVisible(false);
    m_chart->setMaximumHeight(240);
    m_chart->setVisible(false);
    auto *details = new QHBoxLayout;
    details->setContentsMargins(6, 0, 6, 4);
    details->addWidget(m_changes, 1);
    details->addWidget(m_chart, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_banner);
    layout->addWidget(m_controls);
    layout->addWidget(m_unavailable);
    layout->addLayout(details);

    connect(m_strip, &TimelineStrip::positionChosen, m_history, &VisionHistory::showPosition);
    connect(m_backToNow, &QPushButton::clicked, this, [this] {
        if (m_history->isViewingPast())
            m_history->backToNow();
        else
            m_history->stopComparing();
    });
    connect(m_chartButton, &QToolButton::toggled, this, &HistoryPanel::showChart);
    connect(m_changes, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (const QString id = item->data(Qt::UserRole).toString(); !id.isEmpty())
            Q_EMIT entityChosen(id);
    });
    connect(m_history, &VisionHistory::timelineChanged, this, &HistoryPanel::onTimelineChanged);
    connect(m_history, &VisionHistory::viewChanged, this, &HistoryPanel::onViewChanged);
    connect(m_history, &VisionHistory::logReady, m_chart, &VisionChart::setRows);
    onTimelineChanged();
}

void HistoryPanel::onTimelineChanged()
{
    const Timeline &timeline = m_history->timeline();
    m_strip->setTimeline(timeline);
    m_strip->setPosition(m_history->position());
    const bool has = m_history->hasHistory();
    m_controls->setVisible(has);
    // No history to walk: one line saying why, no controls.
    QString why;
    if (timeline.error.isError())
        why = timeline.error.message;
    else if (!has && m_history->isTimelineRead())
        why = tr("No history: the project folder has no commits yet.");
    m_unavailable->setText(why);
    m_unavailable->setVisible(!has && !why.isEmpty());
    if (!has && m_chartButton->isChecked())
        m_chartButton->setChecked(false);
    if (m_chartButton->isChecked())
        showChart(true);
}

void HistoryPanel::onViewChanged()
{
    m_strip->setPosition(m_history->position());
    const bool past = m_history->isViewingPast();
    const bool comparing = !m_history->baseLabel().isEmpty();
    QString text;
    if (past) {
        const TimelineCommit &commit = m_history->timeline().commits[size_t(m_history->position())];
        text = tr("Viewing %1 — %2 — read-only")
                   .arg(revisionName(commit), QLocale().toString(commit.entry.date.date(), QLocale::ShortFormat));
        if (comparing)
            text += u' ' + tr("(compared with %1)").arg(m_history->baseLabel());
    } else if (comparing) {
        text = tr("Comparing today's vision with %1 — read-only").arg(m_history->baseLabel());
    }
    m_bannerText->setText(text);
    m_banner->setVisible(!text.isEmpty());
    m_banner->setAccessibleName(text);

    m_changes->clear();
    const std::optional<VisionChanges> &changes = m_history->changes();
    m_changes->setVisible(comparing);
    if (!changes)
        return;
    const Snapshot &shown = m_history->shown();
    const auto add = [this](ChangeMark kind, const QString &text, const QString &id) {
        auto *item = new QListWidgetItem(text, m_changes);
        // The words before each change say the same as the colour.
        item->setForeground(ChangeMarkItem::colour(kind));
        item->setData(Qt::UserRole, id);
    };
    for (const EntitySummary &entity : changes->added)
        add(ChangeMark::Added, tr("Added: %1 “%2”").arg(displayName(entity.type), entity.title), entity.id);
    for (const EntitySummary &entity : changes->removed)
        add(ChangeMark::Removed, tr("Removed: %1 “%2”").arg(displayName(entity.type), entity.title), entity.id);
    for (const EntityRename &rename : changes->renamed)
        add(ChangeMark::Changed, tr("Renamed: %1 → %2").arg(rename.from, rename.to), rename.to);
    for (const EntityChange &change : changes->changed) {
        QStringList fields;
        for (const FieldChange &field : change.changes)
            fields.append(field.field);
        add(ChangeMark::Changed,
            tr("Changed: %1 (%2)").arg(entityName(shown, change.id), fields.join(QStringLiteral(", "))), change.id);
    }
    for (const RelationSummary &relation : changes->relationsAdded)
        add(ChangeMark::Added,
            tr("Relation added: %1 %2 %3")
                .arg(
                    entityName(shown, relation.source), displayName(relation.kind), entityName(shown, relation.target)),
            relation.source);
    for (const RelationSummary &relation : changes->relationsRemoved)
        add(ChangeMark::Removed,
            tr("Relation removed: %1 %2 %3")
                .arg(
                    entityName(shown, relation.source), displayName(relation.kind), entityName(shown, relation.target)),
            relation.source);
    if (changes->isEmpty())
        new QListWidgetItem(tr("No changes."), m_changes);
}

void HistoryPanel::fillCompareMenu()
{
    QMenu *menu = m_compare->menu();
    menu->clear();
    const Timeline &timeline = m_history->timeline();
    QString lastTag;
    for (auto it = timeline.commits.rbegin(); it != timeline.commits.rend() && lastTag.isEmpty(); ++it) {
        if (!it->tags.isEmpty())
            lastTag = it->tags.last();
    }
    QAction *tag = lastTag.isEmpty() ? menu->addAction(tr("The Last Tag (none yet)"))
                                     : menu->addAction(tr("The Last Tag (%1)").arg(lastTag), this,
                                           [this, lastTag] { m_history->compareWith(lastTag, lastTag); });
    tag->setObjectName(QStringLiteral("compareLastTag"));
    tag->setEnabled(!lastTag.isEmpty());
    menu->addAction(tr("A Date…"), this, &HistoryPanel::askDate)->setObjectName(QStringLiteral("compareDate"));
    const QString upstream = timeline.upstream;
    QAction *sync = menu->addAction(tr("The Last Sync"), this,
        [this, upstream] { m_history->compareWith(upstream, tr("the last sync (%1)").arg(upstream.left(8))); });
    sync->setObjectName(QStringLiteral("compareLastSync"));
    sync->setEnabled(!upstream.isEmpty());
    if (upstream.isEmpty())
        sync->setText(tr("The Last Sync (not synced yet)"));
    menu->addSeparator();
    QAction *stop = menu->addAction(tr("Stop Comparing"), m_history, &VisionHistory::stopComparing);
    stop->setObjectName(QStringLiteral("compareStop"));
    stop->setEnabled(!m_history->baseLabel().isEmpty());
}

void HistoryPanel::askDate()
{
    bool ok = false;
    const QString date = QInputDialog::getText(this, tr("Compare With a Date"),
        tr("Compare with the vision as it was on (YYYY-MM-DD):"), QLineEdit::Normal,
        QDate::currentDate().addMonths(-1).toString(Qt::ISODate), &ok)
                             .trimmed();
    if (ok && !date.isEmpty())
        m_history->compareWith(date, date);
}

void HistoryPanel::showChart(bool shown)
{
    m_chart->setVisible(shown);
    if (!shown)
        return;
    if (const auto &rows = m_history->logRows())
        m_chart->setRows(*rows);
    else
        m_history->loadLog();
}

HistoryStatus::HistoryStatus(VisionHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("historyStatus"));
    m_progress->setAccessibleName(tr("Reading the history"));
    m_progress->setMaximumWidth(140);
    m_progress->setRange(0, 0);
    auto *cancel = new QToolButton(this);
    cancel->setObjectName(QStringLiteral("historyCancel"));
    cancel->setText(tr("Cancel"));
    cancel->setAccessibleName(tr("Stop reading the history"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(cancel);
    setVisible(false);
    connect(cancel, &QToolButton::clicked, history, &VisionHistory::cancel);
    connect(history, &VisionHistory::busyChanged, this, [this](bool busy, const QString &what) {
        setVisible(busy);
        m_progress->setRange(0, 0);
        m_progress->setToolTip(what);
        setToolTip(what);
    });
    connect(history, &VisionHistory::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
}

} // namespace storyloom
