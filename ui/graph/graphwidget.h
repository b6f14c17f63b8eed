// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/graphfilter.h"
#include "core/export/savedview.h"
#include "core/layout/graphlayout.h"
#include "ui/graph/changemarks.h"
#include "ui/graph/layoutcache.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QToolBar;

namespace storyloom {

class GraphFilterPanel;
class GraphGapPanel;
class GraphLayoutRunner;
class GraphRelationsList;
class GraphScene;
class GraphView;
class CoverageMatrixWidget;
class StoryMapView;

/** What the Graph tab shows: the layered story map (the default), the free-form graph, or the coverage matrix. */
enum class GraphMode { StoryMap, FreeGraph, Matrix };

/**
 * The Graph tab, in three modes: the story map (entities in columns by role,
 * large columns folded into groups), the free-form graph drawn with
 * QGraphicsView and laid out by Graphviz off the GUI thread (positions cached
 * per project and filter, drag to pin, Re-layout to start over), and the
 * coverage matrix; with filters, gap analysis, the selected entity's summary
 * and a legend in a side panel, and export of what is shown.
 */
class GraphWidget : public QWidget
{
    Q_OBJECT
public:
    explicit GraphWidget(QWidget *parent = nullptr);
    ~GraphWidget() override;

    void setSnapshot(const Snapshot &snapshot);
    /** Shows `snapshot` (an old revision) instead of the project's; null returns to the project's. */
    void setSnapshotOverride(const Snapshot &snapshot);
    /** Marks entities added, removed or changed by a comparison (empty: none). */
    void setChangeMarks(const ChangeMarks &marks);
    /** Puts the history's timeline under the views. */
    void setTimeline(QWidget *timeline);
    /** Selects an entity without emitting entitySelected back (following the tree or the editor tabs). */
    void selectEntity(const QString &id);
    void setFilter(const GraphFilter &filter);
    /** Switches the mode (remembered for the next start). */
    void setMode(GraphMode mode);
    [[nodiscard]] GraphMode mode() const { return m_mode; }
    [[nodiscard]] GraphFilter filter() const { return m_filter; }
    /** What the filters let through right now. */
    [[nodiscard]] const FilteredGraph &shown() const { return m_shown; }
    /** Lays out again from scratch (pins dropped). */
    void relayout();
    /** True while the free-form graph's background layout (the one that is cached) runs. */
    [[nodiscard]] bool isLayingOut() const;
    /** Blocks until the background layouts (free-form graph and story map) are done and positions saved (tests,
     * screenshots). */
    void waitForLayout();
    /**
     * Exports what is shown; `format` is a DiagramExporter name (svg, png, pdf, dot); PNG at `scale` pixels
     * per point, or (0) with a long side fit for a page or a slide. Returns an error message or nothing.
     */
    [[nodiscard]] std::optional<QString> exportTo(const QString &path, const QString &format, double scale = 0.0) const;

    /** What is shown now as a saved view named `name`: mode, filters, focus, unfolded groups, positions, zoom. */
    [[nodiscard]] SavedView currentView(const QString &name) const;
    /** Shows a saved view: its mode, filters, focus and groups; the free graph's nodes where the view has them. */
    void openView(const SavedView &view);
    /** Reads and shows the view in `path`; the problem (with file:line) or nothing. */
    [[nodiscard]] std::optional<QString> openViewFile(const QString &path);
    /** Writes currentView(name) to the project's `views/NAME.yml`; the problem or nothing. */
    [[nodiscard]] std::optional<QString> saveView(const QString &name);

    /** Where layouts are cached (tests point it at a temporary folder). */
    void setLayoutCache(const LayoutCache &cache) { m_cache = cache; }

Q_SIGNALS:
    void entitySelected(const QString &id);
    void openRequested(const QString &id);
    /** An export wrote this file. */
    void exported(const QString &path);
    /** A view was saved to this file (the project tree lists it). */
    void viewSaved(const QString &path);

private:
    void showSnapshot(const Snapshot &snapshot);
    void applyChangeMarks();
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
    /** Save View…: asks for a name and writes the view. */
    void chooseSaveView();
    /** Fills the Open View menu with the project's saved views. */
    void fillViewsMenu();
    [[nodiscard]] QString viewKey() const;
    [[nodiscard]] QString settingsKey() const;
    void onStoryMapSelection(const QString &id);
    /** Lists the shortest paths between two entities in the details and highlights their route. */
    void explainConnection(const QString &from, const QString &to);
    void onFocusChanged();
    void fitCurrent();
    void zoomCurrent(double factor);

    Snapshot m_snapshot;
    /** The project's snapshot, and the one shown instead of it while history is viewed. */
    Snapshot m_live;
    Snapshot m_override;
    ChangeMarks m_marks;
    /** Whether marks were put on the views' items (and have to be taken off). */
    bool m_marksShown = false;
    QString m_root;
    GraphFilter m_filter;
    FilteredGraph m_shown;
    LayoutCache m_cache;
    GraphScene *m_scene;
    GraphView *m_view;
    StoryMapView *m_storyMap;
    CoverageMatrixWidget *m_matrix;
    QStackedWidget *m_modes;
    QAction *m_relayout = nullptr;
    QList<QAction *> m_modeActions;
    /** The story map's focus controls (shown in that mode only). */
    QList<QAction *> m_focusActions;
    QComboBox *m_focusDepth = nullptr;
    QComboBox *m_focusDirection = nullptr;
    GraphMode m_mode = GraphMode::StoryMap;
    /** The matrix is built when it is shown: it waits for that with the newest snapshot. */
    bool m_matrixStale = true;
    /** Set while one view's selection is passed to the other. */
    bool m_syncing = false;
    GraphLayoutRunner *m_runner;
    QToolBar *m_toolBar;
    QMenu *m_viewsMenu = nullptr;
    QLabel *m_status;
    QTabWidget *m_side;
    GraphFilterPanel *m_filters;
    GraphGapPanel *m_gaps;
    QTextBrowser *m_summary;
    GraphRelationsList *m_relations;
    bool m_fitAfterLayout = true;
    bool m_following = false;
};

} // namespace storyloom
