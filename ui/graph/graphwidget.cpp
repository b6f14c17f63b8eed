// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/graphwidget.h"

#include "core/analysis/storyfocus.h"
#include "core/extract/relationderiver.h"

#include "core/export/diagramlinks.h"
#include "core/export/graphdiagram.h"
#include "core/export/viewdiagram.h"
#include "core/extract/projectconfig.h"
#include "core/extract/publishedaddresses.h"
#include "core/layout/incrementalplacement.h"
#include "core/layout/storygraphlayout.h"
#include "ui/graph/coveragematrixwidget.h"
#include "ui/graph/graphexportdialog.h"
#include "ui/graph/graphfilterpanel.h"
#include "ui/graph/graphgappanel.h"
#include "ui/graph/graphkeynavigator.h"
#include "ui/graph/graphlayoutrunner.h"
#include "ui/graph/graphlegend.h"
#include "ui/graph/graphnodeitem.h"
#include "ui/graph/graphrelationslist.h"
#include "ui/graph/graphscene.h"
#include "ui/graph/graphview.h"
#include "ui/graph/storymapbox.h"
#include "ui/graph/storymapkeymodel.h"
#include "ui/graph/storymapview.h"

#include "core/util/projectkey.h"
#include "ui/export/diagramexporter.h"

#include <QActionGroup>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace storyloom {

GraphWidget::GraphWidget(QWidget *parent)
    : QWidget(parent)
    , m_scene(new GraphScene(this))
    , m_view(new GraphView(m_scene, this))
    , m_storyMap(new StoryMapView(this))
    , m_matrix(new CoverageMatrixWidget(this))
    , m_modes(new QStackedWidget(this))
    , m_runner(new GraphLayoutRunner(this))
    , m_toolBar(new QToolBar(this))
    , m_status(new QLabel(this))
    , m_side(new QTabWidget(this))
    , m_filters(new GraphFilterPanel(this))
    , m_gaps(new GraphGapPanel(this))
    , m_summary(new QTextBrowser(this))
    , m_relations(new GraphRelationsList(this))
{
    // The story map's keyboard walk and accessibility tree, before anything asks for its interface.
    new GraphKeyNavigator(new StoryMapKeyModel(m_storyMap, m_scene));
    // Named for findChild (tests, accessibility tools).
    m_scene->setObjectName(QStringLiteral("graphScene"));
    m_view->setObjectName(QStringLiteral("graphView"));
    m_storyMap->setObjectName(QStringLiteral("storyMap"));
    m_matrix->setObjectName(QStringLiteral("coverageMatrix"));
    // The order of GraphMode.
    m_modes->addWidget(m_storyMap);
    m_modes->addWidget(m_view);
    m_modes->addWidget(m_matrix);
    m_filters->setObjectName(QStringLiteral("graphFilters"));
    m_gaps->setObjectName(QStringLiteral("graphGaps"));
    m_side->setObjectName(QStringLiteral("graphSide"));
    m_summary->setObjectName(QStringLiteral("graphDetails"));
    m_relations->setObjectName(QStringLiteral("graphRelations"));
    m_view->setAccessibleName(tr("Free Graph"));
    m_view->setAccessibleDescription(tr("Arrow keys move along relations to the neighbour in that direction, "
                                        "Enter opens the entity, R lists its relations."));
    m_storyMap->setAccessibleName(tr("Story Map"));
    m_storyMap->setAccessibleDescription(tr("Arrow keys move along relations and up and down the column, Enter "
                                            "opens the entity or unfolds the group, R lists its relations."));
    m_storyMap->viewport()->setAccessibleName(tr("Story Map"));
    m_matrix->setAccessibleName(tr("Matrix"));
    m_toolBar->setAccessibleName(tr("Graph tools"));
    m_status->setAccessibleName(tr("Graph status"));
    m_side->setAccessibleName(tr("Graph panels"));
    m_side->tabBar()->setAccessibleName(m_side->accessibleName());
    m_summary->setAccessibleName(tr("Details of the selected entity"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_modes);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_side, 1);
    // The map as text: the selected entity's relations, always beside the view.
    auto *relationsLabel = new QLabel(tr("&Relations of this entity:"), side);
    relationsLabel->setBuddy(m_relations);
    sideLayout->addWidget(relationsLabel);
    sideLayout->addWidget(m_relations);
    sideLayout->addWidget(new GraphLegend(side));
    // Filters and legend are taller than a laptop screen allows: they scroll rather than
    // force the main window to 800+ pixels of height.
    auto *sideScroll = new QScrollArea(this);
    sideScroll->setAccessibleName(tr("Graph panels and legend"));
    sideScroll->setWidget(side);
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);
    sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sideScroll->setMinimumWidth(side->sizeHint().width() + sideScroll->verticalScrollBar()->sizeHint().width());
    splitter->addWidget(sideScroll);
    splitter->setStretchFactor(0, 1);
    splitter->setSizes({ 900, 280 });
    layout->addWidget(splitter, 1);

    m_side->addTab(m_filters, tr("Filters"));
    m_side->addTab(m_gaps, tr("Gaps"));
    m_side->addTab(m_summary, tr("Details"));
    m_summary->setOpenLinks(false);

    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *modes = new QActionGroup(this);
    const struct
    {
        GraphMode mode;
        QString name;
        QString text;
        QString tip;
    } modeActions[] = {
        { GraphMode::StoryMap, QStringLiteral("storyMapMode"), tr("Story Map"),
            tr("Characters, values, stories, pain points, goals and shiny futures in columns") },
        { GraphMode::FreeGraph, QStringLiteral("freeGraphMode"), tr("Free Graph"),
            tr("Every entity and relation, placed freely") },
        { GraphMode::Matrix, QStringLiteral("matrixMode"), tr("Matrix"),
            tr("Which pain points hit which characters, which goals answer which pain points") },
    };
    for (const auto &entry : modeActions) {
        QAction *action = m_toolBar->addAction(entry.text);
        // Toggled, not triggered: a screen reader's "toggle" on the button checks the action without a click.
        connect(action, &QAction::toggled, this, [this, mode = entry.mode](bool on) {
            if (on && m_mode != mode)
                setMode(mode);
        });
        action->setObjectName(entry.name);
        action->setToolTip(entry.tip);
        action->setCheckable(true);
        modes->addAction(action);
        m_modeActions.append(action);
    }
    m_toolBar->addSeparator();
    m_relayout = m_toolBar->addAction(tr("Re-layout"), this, &GraphWidget::relayout);
    m_relayout->setToolTip(tr("Lay the graph out again, forgetting dragged positions"));
    m_toolBar->addAction(tr("Fit"), this, &GraphWidget::fitCurrent)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_toolBar->addAction(tr("Zoom In"), this, [this] { zoomCurrent(1.25); });
    m_toolBar->addAction(tr("Zoom Out"), this, [this] { zoomCurrent(0.8); });
    m_focusDepth = new QComboBox(this);
    m_focusDepth->setObjectName(QStringLiteral("focusDepth"));
    m_focusDepth->setToolTip(tr("How many relations away the selection's focus reaches"));
    for (int depth = 1; depth <= 3; ++depth)
        m_focusDepth->addItem(tr("Depth %1").arg(depth), depth);
    m_focusDirection = new QComboBox(this);
    m_focusDirection->setObjectName(QStringLiteral("focusDirection"));
    m_focusDirection->setToolTip(tr("Which way the focus reaches along character → story → pain point → goal → "
                                    "shiny future; Ctrl+click a second entity to see how the two connect"));
    m_focusDirection->addItem(tr("Both ways"), int(FocusDirection::Both));
    m_focusDirection->addItem(tr("Downstream"), int(FocusDirection::Downstream));
    m_focusDirection->addItem(tr("Upstream"), int(FocusDirection::Upstream));
    for (QComboBox *box : { m_focusDepth, m_focusDirection }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(7);
    }
    m_toolBar->addSeparator();
    m_focusActions << m_toolBar->addWidget(m_focusDepth) << m_toolBar->addWidget(m_focusDirection);
    connect(m_focusDepth, &QComboBox::currentIndexChanged, this, &GraphWidget::onFocusChanged);
    connect(m_focusDirection, &QComboBox::currentIndexChanged, this, &GraphWidget::onFocusChanged);
    QAction *saveViewAction = m_toolBar->addAction(tr("Save View…"), this, &GraphWidget::chooseSaveView);
    saveViewAction->setObjectName(QStringLiteral("saveView"));
    saveViewAction->setToolTip(tr("Save what is shown (mode, filters, focus, groups, positions, zoom) as "
                                  "views/NAME.yml in the project"));
    m_viewsMenu = new QMenu(tr("Open View"), this);
    m_viewsMenu->setObjectName(QStringLiteral("openViewMenu"));
    connect(m_viewsMenu, &QMenu::aboutToShow, this, &GraphWidget::fillViewsMenu);
    QAction *openViewAction = m_toolBar->addAction(tr("Open View"));
    openViewAction->setObjectName(QStringLiteral("openView"));
    openViewAction->setToolTip(tr("Show one of the project's saved views"));
    openViewAction->setMenu(m_viewsMenu);
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(openViewAction)))
        button->setPopupMode(QToolButton::InstantPopup);
    QAction *exportAction = m_toolBar->addAction(tr("Export…"), this, &GraphWidget::chooseExport);
    exportAction->setObjectName(QStringLiteral("exportGraph"));
    exportAction->setToolTip(tr("Export what the current mode shows as SVG, PNG, PDF or DOT"));
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addWidget(m_status);

    connect(m_runner, &GraphLayoutRunner::finished, this, &GraphWidget::onLayoutFinished);
    connect(m_runner, &GraphLayoutRunner::runningChanged, this, &GraphWidget::updateStatus);
    connect(m_filters, &GraphFilterPanel::filterChanged, this, &GraphWidget::onFilterChanged);
    connect(m_scene, &GraphScene::entitySelected, this, &GraphWidget::onSceneSelection);
    connect(m_scene, &GraphScene::nodePinned, this, &GraphWidget::saveLayout);
    connect(m_view, &GraphView::activated, this, &GraphWidget::openRequested);
    connect(m_relations, &GraphRelationsList::entityChosen, this, [this](const QString &id) {
        m_scene->selectEntity(id);
        m_view->centreOn(id);
    });
    connect(m_storyMap, &StoryMapView::activated, this, &GraphWidget::openRequested);
    connect(m_storyMap, &StoryMapView::entitySelected, this, &GraphWidget::onStoryMapSelection);
    connect(m_storyMap, &StoryMapView::laidOut, this, &GraphWidget::updateStatus);
    connect(m_storyMap, &StoryMapView::laidOut, this, &GraphWidget::applyChangeMarks);
    connect(m_storyMap, &StoryMapView::connectionRequested, this, &GraphWidget::explainConnection);
    connect(m_matrix, &CoverageMatrixWidget::openRequested, this, &GraphWidget::openRequested);
    connect(m_matrix, &CoverageMatrixWidget::entitySelected, this,
        [this](const QString &id) { m_scene->selectEntity(id); });
    connect(m_gaps, &GraphGapPanel::highlightRequested, m_scene, &GraphScene::markEntities);
    connect(m_gaps, &GraphGapPanel::entityClicked, this, [this](const QString &id) {
        m_scene->selectEntity(id);
        m_view->centreOn(id);
    });
    connect(m_gaps, &GraphGapPanel::entityActivated, this, &GraphWidget::openRequested);
    connect(m_summary, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString id = url.fragment();
        if (url.scheme() == u"open")
            Q_EMIT openRequested(id);
        else
            m_scene->selectEntity(id);
    });
    const int stored = QSettings().value(QStringLiteral("graph/mode"), int(GraphMode::StoryMap)).toInt();
    setMode(stored >= 0 && stored <= int(GraphMode::Matrix) ? GraphMode(stored) : GraphMode::StoryMap);
    updateStatus();
}

GraphWidget::~GraphWidget() = default;

void GraphWidget::setMode(GraphMode mode)
{
    m_mode = mode;
    m_modeActions.at(int(mode))->setChecked(true);
    m_modes->setCurrentIndex(int(mode));
    // Only the shown mode asks for room: a wide matrix must not widen the window while the map is shown.
    for (int i = 0; i < m_modes->count(); ++i) {
        const auto policy = i == int(mode) ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_modes->widget(i)->setSizePolicy(policy, policy);
    }
    m_relayout->setEnabled(mode == GraphMode::FreeGraph);
    for (QAction *action : std::as_const(m_focusActions))
        action->setVisible(mode == GraphMode::StoryMap);
    if (mode == GraphMode::Matrix && m_matrixStale) {
        m_matrix->setSnapshot(m_snapshot);
        m_matrixStale = false;
    }
    QSettings().setValue(QStringLiteral("graph/mode"), int(mode));
    updateStatus();
}

void GraphWidget::fitCurrent()
{
    if (m_mode == GraphMode::StoryMap)
        m_storyMap->fitAll();
    else if (m_mode == GraphMode::FreeGraph)
        m_view->fitAll();
}

void GraphWidget::zoomCurrent(double factor)
{
    if (m_mode == GraphMode::StoryMap)
        m_storyMap->zoomBy(factor);
    else if (m_mode == GraphMode::FreeGraph)
        m_view->zoomBy(factor);
}

void GraphWidget::onFocusChanged()
{
    FocusOptions options;
    options.depth = m_focusDepth->currentData().toInt();
    options.direction = FocusDirection(m_focusDirection->currentData().toInt());
    m_storyMap->setFocusOptions(options);
}

void GraphWidget::explainConnection(const QString &from, const QString &to)
{
    const Entity *a = m_snapshot ? m_snapshot->entity(from) : nullptr;
    const Entity *b = m_snapshot ? m_snapshot->entity(to) : nullptr;
    if (!a || !b)
        return;
    const std::vector<ConnectionPath> paths = StoryFocus::explain(*m_snapshot, from, to);
    QSet<QString> route { from, to };
    QString html
        = QStringLiteral("<h3>%1</h3>").arg(tr("How “%1” and “%2” connect").arg(a->title, b->title).toHtmlEscaped());
    if (paths.empty())
        html += tr("<p>No chain of relations links them.</p>");
    else
        html += QStringLiteral("<p>%1</p><ol>").arg(tr("%n shortest path(s):", nullptr, int(paths.size())));
    for (const ConnectionPath &path : paths) {
        QStringList sentences;
        for (const QString &id : path.entities)
            route.insert(id);
        for (const std::vector<const Relation *> &step : path.steps) {
            if (step.empty())
                continue;
            const Relation *r = step.front();
            const Entity *source = m_snapshot->entity(r->from);
            const Entity *target = m_snapshot->entity(r->to);
            QString sentence = QStringLiteral("<a href=\"select:#%1\">%2</a> %3 <a href=\"select:#%4\">%5</a>")
                                   .arg(r->from.toHtmlEscaped(), (source ? source->title : r->from).toHtmlEscaped(),
                                       displayName(r->kind).toHtmlEscaped(), r->to.toHtmlEscaped(),
                                       (target ? target->title : r->to).toHtmlEscaped());
            if (r->inferred())
                sentence += QStringLiteral(" <i>(%1)</i>").arg(displayName(r->provenance).toHtmlEscaped());
            sentence += QStringLiteral(" <small>%1</small>").arg(r->source.toString().toHtmlEscaped());
            sentences.append(sentence);
        }
        html += QStringLiteral("<li>%1</li>").arg(sentences.join(QStringLiteral("; ")));
    }
    if (!paths.empty())
        html += QStringLiteral("</ol>");
    m_summary->setHtml(html);
    m_side->setCurrentWidget(m_summary);
    m_storyMap->showRoute(route);
}

void GraphWidget::onStoryMapSelection(const QString &id)
{
    if (m_syncing)
        return;
    // The free graph's scene holds the selection the side panel and the window follow.
    m_syncing = true;
    if (m_scene->selectedEntity() == id)
        onSceneSelection(id);
    else
        m_scene->selectEntity(id);
    m_syncing = false;
}

QString GraphWidget::settingsKey() const
{
    return QStringLiteral("graph/filters/") + projectKey(m_root);
}

QString GraphWidget::viewKey() const
{
    const QByteArray json
        = QJsonDocument(QJsonObject::fromVariantMap(m_filter.toVariant())).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha1).toHex().left(16));
}

void GraphWidget::setSnapshot(const Snapshot &snapshot)
{
    m_live = snapshot;
    if (!m_override)
        showSnapshot(snapshot);
}

void GraphWidget::setSnapshotOverride(const Snapshot &snapshot)
{
    m_override = snapshot;
    showSnapshot(snapshot ? snapshot : m_live);
}

void GraphWidget::setChangeMarks(const ChangeMarks &marks)
{
    m_marks = marks;
    applyChangeMarks();
}

void GraphWidget::applyChangeMarks()
{
    // Nothing marked now or before: nothing to walk.
    const bool any = !m_marks.entities.isEmpty() || !m_marks.relations.empty();
    if (!any && !m_marksShown)
        return;
    m_marksShown = any;
    const auto markOf = [this](const QString &id) -> std::optional<ChangeMark> {
        const auto it = m_marks.entities.constFind(id);
        return it == m_marks.entities.constEnd() ? std::nullopt : std::optional(*it);
    };
    for (StoryMapBox *box : m_storyMap->boxes())
        ChangeMarkItem::mark(box, markOf(box->id()));
    for (int i = 0; i < m_scene->nodeCount(); ++i) {
        GraphNodeItem *node = m_scene->nodeAt(i);
        ChangeMarkItem::mark(node, markOf(node->id()));
    }
    ChangeMarkItem::markRelations(
        m_storyMap->scene(), [this](const QString &id) { return m_storyMap->box(id); }, m_marks.relations);
    ChangeMarkItem::markRelations(m_scene, [this](const QString &id) { return m_scene->node(id); }, m_marks.relations);
}

void GraphWidget::setTimeline(QWidget *timeline)
{
    layout()->addWidget(timeline);
}

void GraphWidget::showSnapshot(const Snapshot &snapshot)
{
    m_snapshot = snapshot;
    const QString root = snapshot ? snapshot->rootPath() : QString();
    m_filters->setSnapshot(snapshot);
    m_gaps->setSnapshot(snapshot);
    m_matrixStale = true;
    if (m_mode == GraphMode::Matrix) {
        m_matrix->setSnapshot(snapshot);
        m_matrixStale = false;
    }
    if (root != m_root) {
        // Another project: its own remembered filters, a fresh fit.
        m_root = root;
        m_filter = GraphFilter::fromVariant(QSettings().value(settingsKey()).toMap());
        m_filters->setFilter(m_filter);
        m_fitAfterLayout = true;
    }
    rebuild();
}

void GraphWidget::setFilter(const GraphFilter &filter)
{
    m_filters->setFilter(filter);
    onFilterChanged(filter);
}

void GraphWidget::onFilterChanged(const GraphFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    if (!m_root.isEmpty())
        QSettings().setValue(settingsKey(), m_filter.toVariant());
    m_fitAfterLayout = true;
    rebuild();
}

void GraphWidget::rebuild()
{
    const QString selected = m_scene->selectedEntity();
    if (!m_snapshot) {
        m_shown = {};
        m_scene->setContent(nullptr, m_shown, {}, {});
        m_storyMap->setContent(nullptr, std::nullopt, {});
        updateStatus();
        return;
    }
    m_shown = m_filter.apply(*m_snapshot);
    m_storyMap->setContent(
        m_snapshot, m_filter.isEmpty() ? std::nullopt : std::optional(m_shown.nodes), m_filter.relationKinds);
    const CachedLayout cached = m_cache.load(m_root, viewKey());
    m_scene->setContent(m_snapshot, m_shown, cached.positions, cached.pinned & m_shown.nodes);
    m_scene->markEntities({});
    applyChangeMarks();
    m_gaps->refresh();
    if (m_scene->node(selected))
        m_scene->selectEntity(selected);
    m_relations->showEntity(*m_scene, m_scene->selectedEntity());
    // A graph that changed a little keeps its drawing: only new nodes are
    // placed (beside their neighbours); much that is new needs a real layout.
    const LayoutRequest request = layoutRequest(Pins::Keep);
    const std::optional<QHash<QString, QPointF>> placed = IncrementalPlacement::place(request, cached.positions);
    if (placed) {
        m_runner->cancel();
        const bool newNodes = std::any_of(request.nodes.begin(), request.nodes.end(),
            [&](const LayoutNode &n) { return !cached.positions.contains(n.id); });
        if (newNodes) {
            m_scene->applyPositions(*placed);
            saveLayout();
        }
        if (m_fitAfterLayout)
            m_view->fitAll();
        m_fitAfterLayout = false;
    } else {
        spreadUnplaced(cached.positions);
        m_runner->start(request);
    }
    updateStatus();
}

void GraphWidget::spreadUnplaced(const QHash<QString, QPointF> &known)
{
    // Until the layout arrives, nodes without a place would all sit on the
    // origin, their titles in one black smudge: spread them on a sunflower
    // spiral instead (golden angle, even density), beside the placed ones.
    QHash<QString, QPointF> spread;
    QRectF placed;
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        if (m_scene->node(it.key()))
            placed |= QRectF(*it, QSizeF(1, 1));
    }
    const QPointF centre = placed.isNull() ? QPointF() : QPointF(placed.right() + 200, placed.center().y());
    constexpr double goldenAngle = 2.39996322972865332;
    int k = 0;
    for (int i = 0; i < m_scene->nodeCount(); ++i) {
        const GraphNodeItem *node = m_scene->nodeAt(i);
        if (known.contains(node->id()))
            continue;
        const double radius = 40.0 * std::sqrt(double(k));
        const double angle = goldenAngle * k++;
        spread.insert(node->id(), centre + QPointF(radius * std::cos(angle), radius * std::sin(angle)));
    }
    if (spread.isEmpty())
        return;
    m_scene->applyPositions(spread);
    if (m_fitAfterLayout)
        m_view->fitAll();
}

LayoutRequest GraphWidget::layoutRequest(Pins pins) const
{
    LayoutRequest request;
    request.engine = LayoutEngine::Sfdp;
    request.routing = EdgeRouting::None;
    request.nodeSeparation = 24.0;
    const QSet<QString> pinned = pins == Pins::Keep ? m_scene->pinned() : QSet<QString>();
    for (int i = 0; i < m_scene->nodeCount(); ++i) {
        const GraphNodeItem *node = m_scene->nodeAt(i);
        LayoutNode n { node->id(), QSizeF(node->size(), node->size()), std::nullopt, std::nullopt, QString() };
        if (pinned.contains(node->id()))
            n.pinned = node->pos();
        request.nodes.push_back(std::move(n));
    }
    for (const Relation *r : m_shown.edges) {
        if (r->from != r->to)
            request.edges.push_back({ r->from, r->to });
    }
    return request;
}

void GraphWidget::startLayout(Pins pins)
{
    if (m_snapshot)
        m_runner->start(layoutRequest(pins));
}

void GraphWidget::relayout()
{
    m_scene->clearPins();
    m_fitAfterLayout = true;
    startLayout(Pins::Release);
}

bool GraphWidget::isLayingOut() const
{
    return m_runner->isRunning();
}

void GraphWidget::waitForLayout()
{
    m_storyMap->waitForLayout();
    m_runner->waitForDone();
    m_cache.waitForSaves();
}

void GraphWidget::onLayoutFinished(const LayoutResult &result)
{
    m_scene->applyPositions(result.positions);
    saveLayout();
    if (m_fitAfterLayout)
        m_view->fitAll();
    m_fitAfterLayout = false;
    updateStatus();
}

void GraphWidget::saveLayout()
{
    if (m_root.isEmpty() || m_scene->nodeCount() == 0)
        return;
    m_cache.save(m_root, viewKey(), { m_scene->positions(), m_scene->pinned() });
}

void GraphWidget::selectEntity(const QString &id)
{
    if (id == m_scene->selectedEntity())
        return;
    m_following = true;
    m_scene->selectEntity(id);
    m_following = false;
    m_view->centreOn(id);
    if (const int box = m_storyMap->map().itemOfEntity.value(id, -1); box >= 0)
        m_storyMap->ensureVisible(m_storyMap->map().items[size_t(box)].rect);
}

void GraphWidget::onSceneSelection(const QString &id)
{
    if (!m_syncing) {
        m_syncing = true;
        m_storyMap->selectEntity(id);
        m_syncing = false;
    }
    m_filters->setSelection(id);
    updateSummary(id);
    m_relations->showEntity(*m_scene, id);
    if (!m_following)
        Q_EMIT entitySelected(id);
}

void GraphWidget::updateSummary(const QString &id)
{
    const Entity *e = m_snapshot && !id.isEmpty() ? m_snapshot->entity(id) : nullptr;
    if (!e) {
        m_summary->setHtml(tr("<p>Click an entity to see its summary; double-click to open it.</p>"));
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3><p>").arg(e->title.toHtmlEscaped());
    html += e->type == EntityType::Story && e->kind != StoryKind::None ? displayName(e->kind) : displayName(e->type);
    if (e->type == EntityType::Goal && e->state != GoalState::Unknown)
        html += QStringLiteral(" · ") + stateEmoji(e->state) + u' ' + displayName(e->state);
    if (e->type == EntityType::PainPoint) {
        const auto incoming = m_snapshot->incoming(e->id);
        const int stories = int(std::count_if(
            incoming.cbegin(), incoming.cend(), [](const Relation *r) { return r->kind == RelationKind::Exposes; }));
        html += QStringLiteral(" · ") + tr("exposed by %n story(s)", nullptr, stories);
    }
    html += QStringLiteral("<br><small>%1</small></p>").arg(e->source.toString().toHtmlEscaped());
    html += QStringLiteral("<p><a href=\"open:#%1\">%2</a></p>").arg(e->id.toHtmlEscaped(), tr("Open in the editor"));
    // Why a relation is there when nobody wrote it: "derived: Goal → links → Story → exposes → P".
    const auto why = [this](const Relation &r) -> QString {
        if (r.provenance == Provenance::Extracted)
            return QStringLiteral("<br><small><i>%1</i></small>").arg(displayName(r.provenance).toHtmlEscaped());
        if (r.provenance != Provenance::Derived || r.chain.isEmpty())
            return {};
        QStringList steps;
        for (qsizetype i = 0; i < r.chain.size(); ++i) {
            const QString &step = r.chain.at(i);
            if (i % 2 == 0) {
                const Entity *e = m_snapshot->entity(step);
                steps.append((e ? e->title : step).toHtmlEscaped());
            } else if (step.startsWith(RelationDeriver::backwards)) {
                const auto kind = relationKindFromString(QStringView(step).mid(1));
                steps.append(u"← " + (kind ? displayName(*kind) : step.mid(1)).toHtmlEscaped() + u" ←");
            } else {
                const auto kind = relationKindFromString(step);
                steps.append(u"→ " + (kind ? displayName(*kind) : step).toHtmlEscaped() + u" →");
            }
        }
        return QStringLiteral("<br><small><i>%1: %2</i></small>")
            .arg(displayName(r.provenance).toHtmlEscaped(), steps.join(u' '));
    };
    // The other end of each relation: its target for the relations going out, its source for those coming in.
    const auto list = [this, &why](const std::vector<const Relation *> &relations, QString Relation::*otherEnd) {
        QString items;
        for (const Relation *r : relations) {
            const QString otherId = r->*otherEnd;
            const Entity *other = m_snapshot->entity(otherId);
            if (!other)
                continue;
            items += QStringLiteral("<li>%1 <a href=\"select:#%2\">%3</a>%4</li>")
                         .arg(displayName(r->kind).toHtmlEscaped(), otherId.toHtmlEscaped(),
                             other->title.toHtmlEscaped(), why(*r));
        }
        return items;
    };
    const QString out = list(m_snapshot->outgoing(id), &Relation::to);
    const QString in = list(m_snapshot->incoming(id), &Relation::from);
    if (!out.isEmpty())
        html += tr("<p><b>Links to</b></p>") + QStringLiteral("<ul>") + out + QStringLiteral("</ul>");
    if (!in.isEmpty())
        html += tr("<p><b>Linked from</b></p>") + QStringLiteral("<ul>") + in + QStringLiteral("</ul>");
    m_summary->setHtml(html);
}

void GraphWidget::updateStatus()
{
    QString text = tr("%n entities", nullptr, m_scene->nodeCount()) + QStringLiteral(" · ")
        + tr("%n relations", nullptr, m_scene->edgeCount());
    if (m_mode == GraphMode::StoryMap && !m_storyMap->map().items.empty())
        text += QStringLiteral(" · ") + tr("%n boxes", nullptr, int(m_storyMap->map().items.size()));
    if (m_runner->isRunning() || m_storyMap->isLayingOut())
        text += QStringLiteral(" · ") + tr("laying out…");
    m_status->setText(text);
}

namespace {
/** What an export needs, copied so it runs on a worker thread. */
struct ExportJob
{
    Snapshot snapshot;
    GraphMode mode = GraphMode::StoryMap;
    FilteredGraph shown;
    SavedView view;
    /** The book's published address, for links from exports saved outside the project. */
    QString siteAddress;
};

/** The export of what the current mode shows: the story map as laid out on screen, or the free graph. */
ExportResult exportShown(const ExportJob &job, ExportFormat format, const PngSize &size, const QString &path)
{
    Diagram diagram;
    if (job.mode == GraphMode::StoryMap) {
        ViewDiagramResult result = ViewDiagram::build(*job.snapshot, job.view);
        if (!result.error.isEmpty())
            return { {}, Diagnostic::error({}, result.error) };
        diagram = std::move(result.diagram);
    } else {
        diagram = GraphDiagram::build(*job.snapshot, job.shown);
    }
    DiagramLinks::apply(diagram, { job.snapshot->rootPath(), path, job.snapshot->contentDir(), job.siteAddress });
    return DiagramExporter::write(diagram, format, DiagramExporter::pngScale(diagram, size));
}
} // namespace

SavedView GraphWidget::currentView(const QString &name) const
{
    SavedView view;
    view.name = name;
    view.mode = m_mode == GraphMode::FreeGraph ? ViewMode::FreeGraph
        : m_mode == GraphMode::Matrix          ? ViewMode::Matrix
                                               : ViewMode::StoryMap;
    view.filter = m_filter;
    view.focus = m_storyMap->selectedEntity();
    if (!view.focus.isEmpty() && m_snapshot && !m_snapshot->entity(view.focus))
        view.focus.clear(); // a group's box, not an entity
    view.depth = m_focusDepth->currentData().toInt();
    view.direction = FocusDirection(m_focusDirection->currentData().toInt());
    const QSet<QString> unfolded = m_storyMap->unfoldedGroups();
    view.unfolded = QStringList(unfolded.cbegin(), unfolded.cend());
    view.unfolded.sort();
    view.positions = m_scene->positions();
    const QSet<QString> pinned = m_scene->pinned();
    view.pinned = QStringList(pinned.cbegin(), pinned.cend());
    view.pinned.sort();
    view.zoom = m_mode == GraphMode::FreeGraph ? m_view->zoom() : m_storyMap->zoom();
    return view;
}

void GraphWidget::openView(const SavedView &view)
{
    // The free graph starts from the view's positions: they go in the layout
    // cache of the view's filters, where rebuild() looks, and only nodes the
    // view does not have are placed.
    m_filter = view.filter;
    m_filters->setFilter(m_filter);
    if (!m_root.isEmpty()) {
        QSettings().setValue(settingsKey(), m_filter.toVariant());
        if (!view.positions.isEmpty())
            m_cache.save(
                m_root, viewKey(), { view.positions, QSet<QString>(view.pinned.cbegin(), view.pinned.cend()) });
    }
    m_fitAfterLayout = view.mode != ViewMode::FreeGraph;
    rebuild();
    m_storyMap->setUnfoldedGroups(QSet<QString>(view.unfolded.cbegin(), view.unfolded.cend()));
    if (const int depth = m_focusDepth->findData(std::clamp(view.depth, 1, 3)); depth >= 0)
        m_focusDepth->setCurrentIndex(depth);
    if (const int direction = m_focusDirection->findData(int(view.direction)); direction >= 0)
        m_focusDirection->setCurrentIndex(direction);
    m_storyMap->selectEntity(view.focus);
    setMode(view.mode == ViewMode::FreeGraph ? GraphMode::FreeGraph
            : view.mode == ViewMode::Matrix  ? GraphMode::Matrix
                                             : GraphMode::StoryMap);
    if (view.mode == ViewMode::FreeGraph)
        m_view->zoomBy(view.zoom / m_view->zoom());
    else
        m_storyMap->setZoom(view.zoom);
}

std::optional<QString> GraphWidget::openViewFile(const QString &path)
{
    const auto read = SavedViews::read(path);
    if (const auto *problem = std::get_if<Diagnostic>(&read))
        return problem->format();
    openView(std::get<SavedView>(read));
    return std::nullopt;
}

std::optional<QString> GraphWidget::saveView(const QString &name)
{
    if (m_root.isEmpty())
        return tr("Nothing to save: no project is open.");
    if (!SavedViews::isValidName(name))
        return tr("“%1” cannot be a file name: use letters, digits, spaces, - and _.").arg(name);
    const QString path = SavedViews::pathFor(m_root, name);
    if (auto problem = SavedViews::write(path, currentView(name)))
        return problem;
    Q_EMIT viewSaved(path);
    return std::nullopt;
}

void GraphWidget::chooseSaveView()
{
    if (m_root.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save View"),
        tr("Name of the view (saved as views/NAME.yml in the project):"), QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (auto problem = saveView(name))
        QMessageBox::warning(this, tr("Save View"), *problem);
}

void GraphWidget::fillViewsMenu()
{
    m_viewsMenu->clear();
    const QStringList names = m_root.isEmpty() ? QStringList() : SavedViews::list(m_root);
    if (names.isEmpty())
        m_viewsMenu->addAction(tr("No saved views"))->setEnabled(false);
    for (const QString &name : names) {
        m_viewsMenu->addAction(name, this, [this, name] {
            if (auto problem = openViewFile(SavedViews::pathFor(m_root, name)))
                QMessageBox::warning(this, tr("Open View"), *problem);
        });
    }
}

std::optional<QString> GraphWidget::exportTo(const QString &path, const QString &format, double scale) const
{
    if (!m_snapshot)
        return tr("Nothing to export: no project is open.");
    const std::optional<ExportFormat> kind = DiagramExporter::formatFromName(format);
    if (!kind || *kind == ExportFormat::Mermaid || *kind == ExportFormat::Markdown)
        return tr("Cannot export the graph as “%1”.").arg(format);
    PngSize size;
    size.scale = scale;
    ExportJob job { m_snapshot, m_mode, m_shown, currentView(QString()),
        PublishedAddresses::siteAddress(readProjectConfig(m_root)) };
    job.view.title = m_snapshot->title();
    const ExportResult result = exportShown(job, *kind, size, path);
    if (result.error)
        return result.error->message;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(result.bytes) != result.bytes.size() || !file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return std::nullopt;
}

void GraphWidget::chooseExport()
{
    if (!m_snapshot)
        return;
    if (m_mode == GraphMode::Matrix) {
        // The matrix has an export of its own (CSV and SVG).
        if (auto *matrixExport = m_matrix->findChild<QPushButton *>(QStringLiteral("matrixExport")))
            matrixExport->click();
        return;
    }
    // The dialog's export runs on a worker thread: it gets its own copies.
    ExportJob job { m_snapshot, m_mode, m_shown, currentView(QString()),
        PublishedAddresses::siteAddress(readProjectConfig(m_root)) };
    job.view.title = m_snapshot->title();
    auto *dialog = new GraphExportDialog(
        m_root,
        [job = std::move(job)](ExportFormat format, const PngSize &size, const QString &path) {
            return exportShown(job, format, size, path);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GraphExportDialog::exported, this, &GraphWidget::exported);
    dialog->open();
}

} // namespace storyloom
