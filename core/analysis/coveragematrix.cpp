// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/coveragematrix.h"

#include "core/analysis/storyfocus.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <functional>
#include <numeric>

namespace storyloom {

namespace {

/** A relation that counts: between two known, different entities, and not derived. */
bool counts(const StoryGraph &graph, const Relation &r)
{
    return r.from != r.to && r.provenance != Provenance::Derived && graph.entity(r.from) && graph.entity(r.to);
}

/** The distinct entities one counted relation away from `id`, either direction. */
QSet<QString> countedNeighbours(const StoryGraph &graph, const QString &id)
{
    QSet<QString> result;
    for (const Relation *r : graph.outgoing(id)) {
        if (counts(graph, *r))
            result.insert(r->to);
    }
    for (const Relation *r : graph.incoming(id)) {
        if (counts(graph, *r))
            result.insert(r->from);
    }
    return result;
}

/** Every counted relation between `a` and `b`, either direction. */
std::vector<const Relation *> countedBetween(const StoryGraph &graph, const QString &a, const QString &b)
{
    std::vector<const Relation *> result = StoryFocus::between(graph, a, b);
    std::erase_if(result, [&](const Relation *r) { return !counts(graph, *r); });
    return result;
}

std::vector<const Entity *> membersOf(const StoryGraph &graph, const EntityClass &kind)
{
    std::vector<const Entity *> result;
    for (const Entity &e : graph.entities()) {
        if (kind.holds(e))
            result.push_back(&e);
    }
    std::stable_sort(
        result.begin(), result.end(), [](const Entity *a, const Entity *b) { return a->order < b->order; });
    return result;
}

std::vector<int> byTotal(int size, const std::function<int(int)> &total)
{
    std::vector<int> order(size_t(std::max(size, 0)));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return total(a) > total(b); });
    return order;
}

} // namespace

std::vector<CoverageOptions> CoverageMatrix::presets()
{
    return { { { EntityType::Character, std::nullopt }, { EntityType::PainPoint, std::nullopt },
                 EntityClass { EntityType::Story, std::nullopt } },
        { { EntityType::PainPoint, std::nullopt }, { EntityType::Goal, std::nullopt }, std::nullopt } };
}

CoverageMatrix CoverageMatrix::build(const StoryGraph &graph, const CoverageOptions &options)
{
    CoverageMatrix matrix;
    matrix.m_graph = &graph;
    matrix.m_options = options;
    matrix.m_rows = membersOf(graph, options.rows);
    matrix.m_columns = membersOf(graph, options.columns);
    matrix.m_counts.assign(matrix.m_rows.size() * matrix.m_columns.size(), 0);
    QHash<QString, int> columnIndex;
    for (size_t c = 0; c < matrix.m_columns.size(); ++c)
        columnIndex.insert(matrix.m_columns[c]->id, int(c));
    QHash<QString, QSet<QString>> neighbourCache;
    const auto neighbours = [&](const QString &id) -> const QSet<QString> & {
        auto it = neighbourCache.find(id);
        if (it == neighbourCache.end())
            it = neighbourCache.insert(id, countedNeighbours(graph, id));
        return *it;
    };
    for (size_t r = 0; r < matrix.m_rows.size(); ++r) {
        const QString &rowId = matrix.m_rows[r]->id;
        int *cells = matrix.m_counts.data() + r * matrix.m_columns.size();
        const QSet<QString> first = neighbours(rowId);
        for (const QString &next : first) {
            if (!options.through) {
                if (auto it = columnIndex.constFind(next); it != columnIndex.cend())
                    ++cells[*it];
            }
            const Entity *middle = graph.entity(next);
            if (options.through && !options.through->holds(*middle))
                continue;
            for (const QString &end : neighbours(next)) {
                if (end == rowId)
                    continue;
                if (auto it = columnIndex.constFind(end); it != columnIndex.cend())
                    ++cells[*it];
            }
        }
    }
    return matrix;
}

int CoverageMatrix::rowTotal(int row) const
{
    int total = 0;
    for (size_t c = 0; c < m_columns.size(); ++c)
        total += count(row, int(c));
    return total;
}

int CoverageMatrix::columnTotal(int column) const
{
    int total = 0;
    for (size_t r = 0; r < m_rows.size(); ++r)
        total += count(int(r), column);
    return total;
}

std::vector<int> CoverageMatrix::rowsByTotal() const
{
    return byTotal(int(m_rows.size()), [this](int r) { return rowTotal(r); });
}

std::vector<int> CoverageMatrix::columnsByTotal() const
{
    return byTotal(int(m_columns.size()), [this](int c) { return columnTotal(c); });
}

std::vector<CoveragePath> CoverageMatrix::paths(int row, int column) const
{
    std::vector<CoveragePath> result;
    if (!m_graph || row < 0 || column < 0 || size_t(row) >= m_rows.size() || size_t(column) >= m_columns.size())
        return result;
    const QString &from = m_rows[size_t(row)]->id;
    const QString &to = m_columns[size_t(column)]->id;
    if (from == to)
        return result;
    if (!m_options.through) {
        if (auto direct = countedBetween(*m_graph, from, to); !direct.empty())
            result.push_back({ QString(), std::move(direct), {} });
    }
    // In book order of the entity between, so the list reads like the book.
    std::vector<const Entity *> vias;
    for (const QString &id : countedNeighbours(*m_graph, from)) {
        const Entity *via = m_graph->entity(id);
        if (id == to || (m_options.through && !m_options.through->holds(*via)))
            continue;
        if (countedNeighbours(*m_graph, id).contains(to))
            vias.push_back(via);
    }
    std::sort(vias.begin(), vias.end(),
        [](const Entity *a, const Entity *b) { return a->order != b->order ? a->order < b->order : a->id < b->id; });
    for (const Entity *via : vias)
        result.push_back({ via->id, countedBetween(*m_graph, from, via->id), countedBetween(*m_graph, via->id, to) });
    return result;
}

} // namespace storyloom
