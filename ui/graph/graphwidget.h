// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/graphfilter.h"
#include "core/layout/graphlayout.h"
#include "ui/graph/layoutcache.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTextBrowser;
class QToolBar;

namespace storyloom {

class GraphFilterPanel;
class GraphGapPanel;
class GraphLayoutRunner;
class GraphScene;
class GraphView;

/**
 * The Graph tab: the story graph drawn with QGraphicsView, laid out by
 * Graphviz off the GUI thread (positions cached per project and filter, drag
 * to pin, Re-layout to start over), with filters, gap analysis, the selected
 * entity's summary and a legend in a side panel, and export of what is shown.
 */
class GraphWidget : public QWidget
{
    Q_OBJECT
public:
    explicit GraphWidget(QWidget *parent = nullptr);
    ~GraphWidget() override;

    void setSnapshot(const Snapshot &snapshot);
    /** Selects an entity without emitting entitySelected back (following the tree or the editor tabs). */
    void selectEntity(const QString &id);
    void setFilter(const GraphFilter &filter);
    [[nodiscard]] GraphFilter filter() const { return m_filter; }
    /** What the filters let through right now. */
    [[nodiscard]] const FilteredGraph &shown() const { return m_shown; }
    /** Lays out again from scratch (pins dropped). */
    void relayout();
    /** True while a background layout runs. */
    [[nodiscard]] bool isLayingOut() const;
    /** Blocks until the background layout is done and its positions are saved (tests, screenshots). */
    void waitForLayout();
    /**
     * Exports what is shown; `format` is a DiagramExporter name (svg, png, pdf, dot); PNG at `scale` pixels
     * per point, or (0) with a long side fit for a page or a slide. Returns an error message or nothing.
     */
    [[nodiscard]] std::optional<QString> exportTo(const QString &path, const QString &format, double scale = 0.0) const;

    /** Where layouts are cached (tests point it at a temporary folder). */
    void setLayoutCache(const LayoutCache &cache) { m_cache = cache; }

Q_SIGNALS:
    void entitySelected(const QString &id);
    void openRequested(const QString &id);
    /** An export wrote this file. */
    void exported(const QString &path);

private:
    void rebuild();
    /** Whether a layout keeps the nodes the user pinned where they are. */
    enum class Pins { Keep, Release };
    [[nodiscard]] LayoutRequest layoutRequest(Pins pins) const;
    void startLayout(Pins pins);
    /** Puts nodes without a known place on a spiral (while the first layout runs). */
    void spreadUnplaced(const QHash<QString, QPointF> &known);
    void onLayoutFinished(const LayoutResult &result);
    void onFilterChanged(const GraphFilter &filter);
    void onSceneSelection(const QString &id);
    void saveLayout();
    void updateSummary(const QString &id);
    void updateStatus();
    void chooseExport();
    [[nodiscard]] QString viewKey() const;
    [[nodiscard]] QString settingsKey() const;

    Snapshot m_snapshot;
    QString m_root;
    GraphFilter m_filter;
    FilteredGraph m_shown;
    LayoutCache m_cache;
    GraphScene *m_scene;
    GraphView *m_view;
    GraphLayoutRunner *m_runner;
    QToolBar *m_toolBar;
    QLabel *m_status;
    QTabWidget *m_side;
    GraphFilterPanel *m_filters;
    GraphGapPanel *m_gaps;
    QTextBrowser *m_summary;
    bool m_fitAfterLayout = true;
    bool m_following = false;
};

} // namespace storyloom
