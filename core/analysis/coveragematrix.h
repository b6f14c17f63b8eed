// SPDX-FileCopyrightText: 2026 The Storyloom authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entityclass.h"
#include "core/model/storygraph.h"

#include <optional>
#include <vector>

namespace storyloom {

/** One way from a row entity to a column entity: straight, or through one entity between. */
struct CoveragePath
{
    /** The entity between (empty for a relation straight from row to column). */
    QString via;
    /** The relations of each step (every relation that links the two ends of the step). */
    std::vector<const Relation *> first;
    std::vector<const Relation *> second;
};

/** What the coverage matrix counts. */
struct CoverageOptions
{
    EntityClass rows { EntityType::Character, std::nullopt };
    EntityClass columns { EntityType::PainPoint, std::nullopt };
    /** Only paths through an entity of this class (no direct relations); any path of one or two relations when unset.
     */
    std::optional<EntityClass> through;
};

/**
 * A grid of two kinds of entities: each cell counts the distinct paths of at
 * most two relations between the row's and the column's entity, in either
 * direction (a path is the sequence of entities it passes; the relations of a
 * step are all the ones between its two ends). Derived relations are left out:
 * they summarise two-step paths that are counted already. Pure: any thread.
 */
class CoverageMatrix
{
public:
    CoverageMatrix() = default;
    [[nodiscard]] static CoverageMatrix build(const StoryGraph &graph, const CoverageOptions &options);
    /** The two defaults of the view: characters × pain points through stories, pain points × goals. */
    [[nodiscard]] static std::vector<CoverageOptions> presets();

    [[nodiscard]] const CoverageOptions &options() const { return m_options; }
    /** Row and column entities, in book order. */
    [[nodiscard]] const std::vector<const Entity *> &rows() const { return m_rows; }
    [[nodiscard]] const std::vector<const Entity *> &columns() const { return m_columns; }
    [[nodiscard]] int count(int row, int column) const
    {
        return m_counts[size_t(row) * m_columns.size() + size_t(column)];
    }
    [[nodiscard]] int rowTotal(int row) const;
    [[nodiscard]] int columnTotal(int column) const;
    /** Row (or column) indices, largest total first (book order among equals). */
    [[nodiscard]] std::vector<int> rowsByTotal() const;
    [[nodiscard]] std::vector<int> columnsByTotal() const;
    /** The paths behind a cell: what a click on it lists. */
    [[nodiscard]] std::vector<CoveragePath> paths(int row, int column) const;

private:
    const StoryGraph *m_graph = nullptr;
    CoverageOptions m_options;
    std::vector<const Entity *> m_rows;
    std::vector<const Entity *> m_columns;
    std::vector<int> m_counts;
};

} // namespace storyloom
