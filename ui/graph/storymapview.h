// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/storyfocus.h"
#include "core/layout/storymaplayout.h"

#include <QGraphicsView>
#include <QHash>
#include <QThreadPool>
#include <atomic>
#include <memory>

namespace storyloom {

class StoryMapBox;
class StoryMapEdges;

/**
 * The story map mode of the Graph tab: the layered traceability view of
 * StoryMapLayout, laid out on a worker thread (the picture swaps in when
 * ready; overlapping requests collapse to the latest). A click on a group
 * unfolds or folds it, a click on an entity selects it and fades what it does
 * not reach (within the focus depth and direction), Ctrl+click on a second
 * entity asks how the two are connected, a double-click opens an entity, the
 * wheel zooms.
 */
class StoryMapView : public QGraphicsView
{
    Q_OBJECT
public:
    /** The lowest zoom the map opens at: labels stay at least 9 px high. */
    static constexpr double minimumDefaultZoom = 0.75;

    explicit StoryMapView(QWidget *parent = nullptr);
    ~StoryMapView() override;

    /** Shows `snapshot`, only `visible` entities (all when unset) and relations of `kinds` (all when empty). */
    void setContent(
        const Snapshot &snapshot, const std::optional<QSet<QString>> &visible, const QSet<RelationKind> &kinds);
    /** Selects an entity (empty: none); an entity inside a folded group selects the group's box. */
    void selectEntity(const QString &id);
    [[nodiscard]] QString selectedEntity() const { return m_selected; }
    /**
     * Puts the keyboard on a box (entity or group id): an entity's box also
     * selects the entity. The box is framed while the view has the focus.
     */
    void setCurrentItem(const QString &itemId);
    /** The box the keyboard is on: the selected entity's (or its folded group's), or a group. */
    [[nodiscard]] QString currentItem() const { return m_current; }
    /** How far and which way the selection's focus reaches. */
    void setFocusOptions(const FocusOptions &options);
    /** Highlights these entities (a connection's route) instead of the selection's focus; empty clears. */
    void showRoute(const QSet<QString> &entities);
    /** Unfolds a folded group, folds an unfolded one. */
    void toggleGroup(const QString &groupId);
    /** The groups the reader unfolded (a saved view keeps them). */
    [[nodiscard]] QSet<QString> unfoldedGroups() const { return m_options.expanded; }
    /** Unfolds exactly these groups (opening a saved view). */
    void setUnfoldedGroups(const QSet<QString> &groups);
    /** Zooms to `zoom` (a saved view's), keeping it as the window's size changes. */
    void setZoom(double zoom);

    /** The default zoom: the whole map if that keeps labels at 9 px, else that zoom from the top left. */
    void fitAll();
    void zoomBy(double factor);
    [[nodiscard]] double zoom() const;

    [[nodiscard]] bool isLayingOut() const { return m_running; }
    /** Blocks until the running layout is on screen (tests, screenshots). */
    void waitForLayout();
    /** What is on screen. */
    [[nodiscard]] const StoryMap &map() const { return m_map; }
    /** The box of an item id (entity or group), or null. */
    [[nodiscard]] StoryMapBox *box(const QString &id) const { return m_boxes.value(id); }
    [[nodiscard]] QList<StoryMapBox *> boxes() const { return m_boxes.values(); }

Q_SIGNALS:
    void entitySelected(const QString &id);
    /** The keyboard's box changed, or a new layout redrew it (a group unfolded). */
    void currentItemChanged(const QString &itemId);
    void activated(const QString &id);
    /** Ctrl+click on `to` while `from` is selected: how are they connected? */
    void connectionRequested(const QString &from, const QString &to);
    /** A new layout is on screen. */
    void laidOut();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void start();
    void finish(quint64 generation, const StoryMap &map);
    void applyFocus();
    [[nodiscard]] StoryMapBox *boxAt(QPoint viewportPos) const;

    QGraphicsScene *m_scene;
    Snapshot m_snapshot;
    StoryMapOptions m_options;
    StoryMap m_map;
    QHash<QString, StoryMapBox *> m_boxes;
    StoryMapEdges *m_edges = nullptr;
    QString m_selected;
    QString m_current;
    FocusOptions m_focus;
    QSet<QString> m_route;
    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_fitPending = true;
    /** Until the reader zooms or pans, the map keeps its default zoom as the view's size changes. */
    bool m_keepFitted = true;
    /** The group the reader clicked, kept under the pointer when the new layout swaps in. */
    QString m_anchor;
    QPoint m_anchorPos;
    QPoint m_pressPos;
    bool m_pressOnBackground = false;
};

} // namespace storyloom
