// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/storymaplayout.h"

#include <QFileInfo>
#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace storyloom {

namespace {

/** Entities of one column that stay together: a group, or a goal with its initiatives. */
struct Block
{
    QString key;
    QString title;
    /** Entity indices, in map order. */
    std::vector<int> members;
    /** The member that stays first (a top-level goal before its initiatives), or -1. */
    int leader = -1;
    /** Drawn as one box. */
    bool folded = false;
    /** Drawn as a heading box above its members (an unfolded group). */
    bool header = false;
    /** Members keep their order (goals of several families, each before its initiatives). */
    bool fixedOrder = false;
};

struct Layering
{
    const StoryGraph &graph;
    const StoryMapOptions &options;
    const std::vector<Entity> &entities;
    std::vector<int> columnOf;
    std::vector<std::vector<Block>> blocks;
    /** Neighbours of each entity in other columns, by entity index. */
    std::vector<std::vector<int>> neighbours;
    /** Place of each entity's box within its column, from 0 to 1. */
    std::vector<double> position;
    /** The relations drawn, by index into graph.relations(). */
    std::vector<int> relations;

    [[nodiscard]] bool cancelled() const { return options.cancel && options.cancel->load(); }

    [[nodiscard]] int indexOf(const QString &id) const
    {
        const Entity *e = graph.entity(id);
        return e ? int(e - entities.data()) : -1;
    }

    [[nodiscard]] QString topGoal(const QString &id) const
    {
        QString current = id;
        for (int guard = 0; guard < 16; ++guard) {
            const Entity *e = graph.entity(current);
            if (!e || e->parent.isEmpty() || !graph.entity(e->parent))
                break;
            current = e->parent;
        }
        return current;
    }

    /** The group an entity folds into: by character, by goal, by top-level goal, else by folder. */
    void groupKey(const Entity &e, QString &key, QString &title) const
    {
        if (e.type == EntityType::Story) {
            for (const Relation *r : graph.outgoing(e.id)) {
                const Entity *to = r->kind == RelationKind::Features ? graph.entity(r->to) : nullptr;
                if (to && to->type == EntityType::Character) {
                    key = u"character:" + to->id;
                    title = to->title;
                    return;
                }
            }
            key = QStringLiteral("none");
            title = StoryMapLayout::tr("No character");
            return;
        }
        if (e.type == EntityType::PainPoint) {
            for (const Relation *r : graph.incoming(e.id)) {
                const Entity *from = r->kind == RelationKind::Addresses ? graph.entity(r->from) : nullptr;
                if (from && from->type == EntityType::Goal) {
                    const Entity *top = graph.entity(topGoal(from->id));
                    key = u"goal:" + top->id;
                    title = top->title;
                    return;
                }
            }
            key = QStringLiteral("none");
            title = StoryMapLayout::tr("Not addressed");
            return;
        }
        if (e.type == EntityType::Goal) {
            const Entity *top = graph.entity(topGoal(e.id));
            key = u"goal:" + top->id;
            title = top->title;
            return;
        }
        const QString folder = QFileInfo(e.source.path).path();
        key = u"folder:" + folder;
        title = folder == u"." || folder.isEmpty() ? StoryMapLayout::tr("Top folder") : folder;
    }

    [[nodiscard]] bool byBookOrder(int a, int b) const
    {
        const Entity &x = entities[size_t(a)], &y = entities[size_t(b)];
        if (x.order != y.order)
            return x.order < y.order;
        return x.title.compare(y.title, Qt::CaseInsensitive) < 0;
    }

    void assignColumns()
    {
        columnOf.assign(entities.size(), -1);
        for (size_t i = 0; i < entities.size(); ++i) {
            const Entity &e = entities[i];
            if (options.visible && !options.visible->contains(e.id))
                continue;
            for (size_t c = 0; c < options.columns.size(); ++c) {
                if (options.columns[c].holds(e)) {
                    columnOf[i] = int(c);
                    break;
                }
            }
        }
    }

    void makeBlocks()
    {
        const int columns = int(options.columns.size());
        std::vector<std::vector<int>> members(static_cast<size_t>(columns));
        for (size_t i = 0; i < entities.size(); ++i) {
            if (columnOf[i] >= 0)
                members[size_t(columnOf[i])].push_back(int(i));
        }
        blocks.assign(size_t(columns), {});
        for (int c = 0; c < columns; ++c) {
            std::vector<int> &list = members[size_t(c)];
            std::sort(list.begin(), list.end(), [this](int a, int b) { return byBookOrder(a, b); });
            const bool folding = int(list.size()) > options.maxItemsPerColumn;
            const bool goals = options.columns[size_t(c)].type == EntityType::Goal;
            std::vector<Block> &column = blocks[size_t(c)];
            if (!folding && !goals) {
                for (int i : list)
                    column.push_back(
                        { entities[size_t(i)].id, entities[size_t(i)].title, { i }, -1, false, false, false });
                continue;
            }
            QHash<QString, int> byKey;
            for (int i : list) {
                QString key, title;
                groupKey(entities[size_t(i)], key, title);
                auto it = byKey.constFind(key);
                if (it == byKey.cend()) {
                    it = byKey.insert(key, int(column.size()));
                    column.push_back({ key, title, {}, -1, false, false, false });
                }
                Block &block = column[size_t(*it)];
                block.members.push_back(i);
                if (goals && u"goal:" + entities[size_t(i)].id == key)
                    block.leader = i;
            }
            for (Block &block : column) {
                if (block.leader >= 0) {
                    std::stable_partition(
                        block.members.begin(), block.members.end(), [&](int i) { return i == block.leader; });
                }
            }
            if (folding && int(column.size()) > options.maxItemsPerColumn) {
                // Too many groups still: the largest stay, the rest share one (each goal still before its initiatives).
                std::stable_sort(column.begin(), column.end(),
                    [](const Block &a, const Block &b) { return a.members.size() > b.members.size(); });
                std::vector<Block> rest(std::make_move_iterator(column.begin() + (options.maxItemsPerColumn - 1)),
                    std::make_move_iterator(column.end()));
                column.resize(size_t(options.maxItemsPerColumn - 1));
                std::stable_sort(rest.begin(), rest.end(), [this](const Block &a, const Block &b) {
                    return byBookOrder(a.members.front(), b.members.front());
                });
                Block other { QStringLiteral("other"), StoryMapLayout::tr("Other"), {}, -1, false, false, false };
                other.fixedOrder = goals;
                for (const Block &block : rest)
                    other.members.insert(other.members.end(), block.members.begin(), block.members.end());
                column.push_back(std::move(other));
            }
            for (Block &block : column) {
                if (folding && block.members.size() > 1) {
                    const bool open = options.expanded.contains(StoryMapLayout::groupId(c, block.key));
                    block.folded = !open;
                    block.header = open;
                }
            }
            // Book order of the blocks: by their first member.
            std::stable_sort(column.begin(), column.end(),
                [this](const Block &a, const Block &b) { return byBookOrder(a.members.front(), b.members.front()); });
        }
    }

    void collectRelations()
    {
        const auto &all = graph.relations();
        neighbours.assign(entities.size(), {});
        for (size_t r = 0; r < all.size(); ++r) {
            const Relation &relation = all[r];
            if (relation.from == relation.to)
                continue;
            if (!options.relationKinds.isEmpty() && !options.relationKinds.contains(relation.kind))
                continue;
            const int a = indexOf(relation.from), b = indexOf(relation.to);
            if (a < 0 || b < 0 || columnOf[size_t(a)] < 0 || columnOf[size_t(b)] < 0)
                continue;
            relations.push_back(int(r));
            if (columnOf[size_t(a)] != columnOf[size_t(b)]) {
                neighbours[size_t(a)].push_back(b);
                neighbours[size_t(b)].push_back(a);
            }
        }
    }

    /** Recomputes the places in column `c` from its current order. */
    void place(int c)
    {
        int slots = 0;
        for (const Block &block : blocks[size_t(c)])
            slots += block.folded ? 1 : int(block.members.size()) + (block.header ? 1 : 0);
        int k = 0;
        for (const Block &block : blocks[size_t(c)]) {
            if (block.folded) {
                const double p = (k++ + 0.5) / std::max(slots, 1);
                for (int i : block.members)
                    position[size_t(i)] = p;
                continue;
            }
            if (block.header)
                ++k;
            for (int i : block.members)
                position[size_t(i)] = (k++ + 0.5) / std::max(slots, 1);
        }
    }

    /** The mean place of an entity's neighbours, with how many there were. */
    [[nodiscard]] std::pair<double, int> pull(int i) const
    {
        double sum = 0.0;
        for (int n : neighbours[size_t(i)])
            sum += position[size_t(n)];
        return { sum, int(neighbours[size_t(i)].size()) };
    }

    /** Barycentre ordering of one column: blocks by their members' pull, members within open blocks by theirs. */
    void reorder(int c)
    {
        std::vector<Block> &column = blocks[size_t(c)];
        std::vector<double> blockKey(column.size());
        for (size_t b = 0; b < column.size(); ++b) {
            Block &block = column[b];
            double sum = 0.0;
            int count = 0;
            std::vector<double> memberKey(block.members.size());
            for (size_t m = 0; m < block.members.size(); ++m) {
                const int i = block.members[m];
                const auto [s, n] = pull(i);
                sum += s;
                count += n;
                memberKey[m] = n > 0 ? s / n : position[size_t(i)];
            }
            blockKey[b] = count > 0 ? sum / count : position[size_t(block.members.front())];
            if (!block.folded && !block.fixedOrder && block.members.size() > 1) {
                std::vector<size_t> order(block.members.size());
                std::iota(order.begin(), order.end(), size_t(0));
                std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
                    const bool lx = block.members[x] == block.leader, ly = block.members[y] == block.leader;
                    if (lx != ly)
                        return lx;
                    return memberKey[x] < memberKey[y];
                });
                std::vector<int> sorted;
                sorted.reserve(order.size());
                for (size_t o : order)
                    sorted.push_back(block.members[o]);
                block.members = std::move(sorted);
            }
        }
        std::vector<size_t> order(column.size());
        std::iota(order.begin(), order.end(), size_t(0));
        std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) { return blockKey[x] < blockKey[y]; });
        std::vector<Block> sorted;
        sorted.reserve(column.size());
        for (size_t o : order)
            sorted.push_back(std::move(column[o]));
        column = std::move(sorted);
        place(c);
    }

    bool reduceCrossings()
    {
        position.assign(entities.size(), 0.0);
        const int columns = int(blocks.size());
        for (int c = 0; c < columns; ++c)
            place(c);
        for (int sweep = 0; sweep < options.sweeps; ++sweep) {
            if (cancelled())
                return false;
            for (int c = 1; c < columns; ++c)
                reorder(c);
            for (int c = columns - 2; c >= 0; --c)
                reorder(c);
        }
        return true;
    }
};

/** The y of the gap in a column nearest to `y` (gaps above, between and below the boxes). */
double nearestGap(const std::vector<double> &gaps, double y)
{
    if (gaps.empty())
        return y;
    auto it = std::lower_bound(gaps.begin(), gaps.end(), y);
    if (it == gaps.end())
        return gaps.back();
    if (it == gaps.begin())
        return *it;
    return (y - *(it - 1)) < (*it - y) ? *(it - 1) : *it;
}

} // namespace

std::vector<StoryMapColumn> StoryMapOptions::defaultColumns()
{
    return { { EntityType::Character, std::nullopt }, { EntityType::Value, std::nullopt },
        { EntityType::Story, StoryKind::StatusQuo }, { EntityType::PainPoint, std::nullopt },
        { EntityType::Goal, std::nullopt }, { EntityType::Story, StoryKind::ShinyFuture } };
}

int StoryMap::indexOf(const QString &itemId) const
{
    for (size_t i = 0; i < items.size(); ++i) {
        if (items[i].id == itemId)
            return int(i);
    }
    return -1;
}

QString StoryMapLayout::groupId(int column, const QString &key)
{
    return QStringLiteral("group:%1:%2").arg(column).arg(key);
}

StoryMap StoryMapLayout::compute(const StoryGraph &graph, const StoryMapOptions &options)
{
    StoryMap map;
    Layering layering { graph, options, graph.entities(), {}, {}, {}, {}, {} };
    layering.assignColumns();
    layering.makeBlocks();
    layering.collectRelations();
    if (layering.cancelled() || !layering.reduceCrossings()) {
        map.cancelled = true;
        return map;
    }

    // Boxes, stacked per column; shorter columns are centred on the tallest.
    const int columns = int(options.columns.size());
    const auto &entities = graph.entities();
    std::vector<std::vector<int>> itemsOfColumn(static_cast<size_t>(columns));
    std::vector<double> heights(size_t(columns), 0.0);
    const double badge = 56.0;
    for (int c = 0; c < columns; ++c) {
        const double x = c * (options.itemWidth + options.columnGap);
        double y = 0.0;
        bool first = true;
        const auto add = [&](StoryMapItem item) {
            const double inset = item.indent * options.indentWidth;
            item.column = c;
            item.rect = QRectF(x + inset, y, options.itemWidth - inset, options.itemHeight);
            const double right = item.kind == StoryMapItemKind::Entity ? options.padding : options.padding + badge;
            item.labelRect = item.rect.adjusted(options.padding, 0, -right, 0);
            y += options.itemHeight + options.rowGap;
            itemsOfColumn[size_t(c)].push_back(int(map.items.size()));
            map.items.push_back(std::move(item));
        };
        for (const Block &block : layering.blocks[size_t(c)]) {
            const bool several = block.folded || block.header || block.members.size() > 1;
            if (!first && several)
                y += options.blockGap - options.rowGap;
            first = false;
            QStringList memberIds;
            for (int i : block.members)
                memberIds.append(entities[size_t(i)].id);
            const Entity &lead = entities[size_t(block.members.front())];
            if (block.folded || block.header) {
                StoryMapItem group;
                group.kind = block.folded ? StoryMapItemKind::Group : StoryMapItemKind::GroupHeader;
                group.id = groupId(c, block.key);
                group.title = block.title;
                group.members = memberIds;
                group.type = lead.type;
                group.storyKind = lead.kind;
                const int index = int(map.items.size());
                add(std::move(group));
                if (block.folded) {
                    for (const QString &id : memberIds)
                        map.itemOfEntity.insert(id, index);
                    continue;
                }
            }
            for (int i : block.members) {
                const Entity &e = entities[size_t(i)];
                StoryMapItem item;
                item.id = e.id;
                item.title = e.title;
                item.type = e.type;
                item.storyKind = e.kind;
                item.indent = (block.header ? 1 : 0) + (e.isInitiative() ? 1 : 0);
                map.itemOfEntity.insert(e.id, int(map.items.size()));
                add(std::move(item));
            }
            if (several)
                y += options.blockGap - options.rowGap;
        }
        heights[size_t(c)] = std::max(0.0, y - options.rowGap);
    }
    const double tallest = columns > 0 ? *std::max_element(heights.begin(), heights.end()) : 0.0;
    std::vector<std::vector<double>> gaps(static_cast<size_t>(columns));
    for (int c = 0; c < columns; ++c) {
        const double shift = options.headerHeight + (tallest - heights[size_t(c)]) / 2.0;
        for (int i : itemsOfColumn[size_t(c)]) {
            map.items[size_t(i)].rect.translate(0, shift);
            map.items[size_t(i)].labelRect.translate(0, shift);
        }
        std::vector<double> &g = gaps[size_t(c)];
        const auto &own = itemsOfColumn[size_t(c)];
        for (size_t k = 0; k < own.size(); ++k) {
            const QRectF &r = map.items[size_t(own[k])].rect;
            if (k == 0)
                g.push_back(r.top() - options.rowGap / 2.0);
            g.push_back(k + 1 < own.size() ? (r.bottom() + map.items[size_t(own[k + 1])].rect.top()) / 2.0
                                           : r.bottom() + options.rowGap / 2.0);
        }
        StoryMapColumnBox box;
        box.column = options.columns[size_t(c)];
        box.title = box.column.title();
        box.rect
            = QRectF(c * (options.itemWidth + options.columnGap), 0, options.itemWidth, options.headerHeight + tallest);
        box.entities = int(std::count(layering.columnOf.begin(), layering.columnOf.end(), c));
        map.columns.push_back(box);
        map.bounds |= box.rect;
    }
    if (layering.cancelled()) {
        map.cancelled = true;
        return map;
    }

    // Lines: the relations between two boxes, one per kind; derived ones apart.
    struct Bundle
    {
        int edge = -1;
        bool declared = false;
        bool extracted = false;
    };
    std::unordered_map<quint64, Bundle> bundles;
    const auto &all = graph.relations();
    for (int r : layering.relations) {
        const Relation &relation = all[size_t(r)];
        const int a = map.itemOfEntity.value(relation.from, -1), b = map.itemOfEntity.value(relation.to, -1);
        if (a < 0 || b < 0 || a == b)
            continue;
        const bool derived = relation.provenance == Provenance::Derived;
        const quint64 key = (quint64(a) << 36) | (quint64(b) << 8) | (quint64(relation.kind) << 1) | quint64(derived);
        Bundle &bundle = bundles[key];
        if (bundle.edge < 0) {
            bundle.edge = int(map.edges.size());
            StoryMapEdge edge;
            edge.from = a;
            edge.to = b;
            edge.kind = relation.kind;
            map.edges.push_back(edge);
        }
        bundle.declared |= relation.provenance == Provenance::Declared;
        bundle.extracted |= relation.provenance == Provenance::Extracted;
        StoryMapEdge &edge = map.edges[size_t(bundle.edge)];
        ++edge.count;
        edge.provenance = bundle.declared ? Provenance::Declared
            : bundle.extracted            ? Provenance::Extracted
                                          : Provenance::Derived;
    }
    for (StoryMapEdge &edge : map.edges) {
        const StoryMapItem *left = &map.items[size_t(edge.from)];
        const StoryMapItem *right = &map.items[size_t(edge.to)];
        if (left->column > right->column)
            std::swap(left, right);
        if (left->column == right->column) {
            edge.points = { QPointF(left->rect.right(), left->rect.center().y()),
                QPointF(right->rect.right(), right->rect.center().y()) };
            continue;
        }
        const QPointF start(left->rect.right(), left->rect.center().y());
        const QPointF end(right->rect.left(), right->rect.center().y());
        edge.points.push_back(start);
        // Through the gaps between the boxes of the columns in between, never across a box.
        for (int c = left->column + 1; c < right->column; ++c) {
            const QRectF &column = map.columns[size_t(c)].rect;
            const double t = (column.center().x() - start.x()) / (end.x() - start.x());
            const double y = nearestGap(gaps[size_t(c)], start.y() + t * (end.y() - start.y()));
            edge.points.emplace_back(column.left(), y);
            edge.points.emplace_back(column.right(), y);
        }
        edge.points.push_back(end);
    }
    return map;
}

} // namespace storyloom
