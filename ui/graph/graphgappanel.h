// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/gapanalysis.h"

#include <QSet>
#include <QWidget>
#include <optional>

class QLabel;
class QListWidget;

namespace storyloom {

/**
 * Gap analysis in the graph view: at first every gap, ranked by what is most
 * worth acting on, each with its evidence; one button per kind of gap lists
 * the entities showing it (and the view highlights them). Clicking a list item
 * selects the entity, activating it opens it.
 */
class GraphGapPanel : public QWidget
{
    Q_OBJECT
public:
    explicit GraphGapPanel(QWidget *parent = nullptr);

    void setSnapshot(const Snapshot &snapshot);
    /** Runs one analysis (as its button does); nothing clears the list. */
    void showGaps(std::optional<GapKind> kind);
    /** Lists every gap, ranked (GapAnalysis::findAll()), highlighting none: what the panel shows first. */
    void showRanked();
    /** Shows again what is shown, for the current snapshot. */
    void refresh();
    [[nodiscard]] std::optional<GapKind> currentKind() const { return m_kind; }
    [[nodiscard]] QStringList listedIds() const;

Q_SIGNALS:
    /** The entities to highlight (empty: none). */
    void highlightRequested(const QSet<QString> &ids);
    void entityClicked(const QString &id);
    void entityActivated(const QString &id);

private:
    Snapshot m_snapshot;
    void addItem(const Gap &gap, const QString &text);

    std::optional<GapKind> m_kind;
    bool m_ranked = true;
    QLabel *m_description;
    QListWidget *m_list;
};

} // namespace storyloom
